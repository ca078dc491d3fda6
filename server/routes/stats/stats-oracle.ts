import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { GROUPS, type Group } from '../../services/facilities/facility-feature';
import type { FacilityCounts } from '../../services/stats/facility-counts';

/**
 * The statistics counted straight from `facilities` and `audits`, without the statistics tables
 * or their triggers: what the API's numbers must equal in the tests.
 */

/** The API's counts plus notAudited, which the API derives. */
export type DirectCounts = FacilityCounts & { notAudited: number };

const groupStatus = (g: string) =>
  sql.raw(`coalesce(a.result -> 'groups' -> '${g}' ->> 'facilityOnlyStatus', f.status_${g})`);

/** Counts per `key` (an expression over facilities f), for facilities matching `where`. */
export async function directCounts(database: Database, cutoff: string, key: SQL, where: SQL = sql`TRUE`): Promise<Map<string | null, DirectCounts>> {
  const everyGroupAtLeastPartial = sql.join(GROUPS.map((g) => sql`${groupStatus(g)} IN ('accessible', 'partial')`), sql` AND `);
  const rows = await database.rows<Record<string, number> & { key: string | null }>(sql`
    WITH v AS (
      SELECT ${key} AS key, f.current_audit_id IS NOT NULL AS audited,
        f.current_audit_id IS NOT NULL AND f.audited_at >= ${cutoff}::timestamptz AS fresh, f.adapted,
        ${everyGroupAtLeastPartial} AS at_least_partial,
        ${sql.join(GROUPS.map((g) => sql`${groupStatus(g)} = 'accessible' AS ${sql.raw(g)}`), sql`, `)}
      FROM facilities f LEFT JOIN audits a ON a.id = f.current_audit_id
      WHERE ${where}
    )
    SELECT key, count(*)::int AS total, count(*) FILTER (WHERE audited)::int AS audited,
      count(*) FILTER (WHERE fresh)::int AS fresh, count(*) FILTER (WHERE fresh AND adapted)::int AS adapted,
      count(*) FILTER (WHERE fresh AND NOT adapted AND at_least_partial)::int AS partial,
      count(*) FILTER (WHERE fresh AND NOT adapted AND NOT at_least_partial)::int AS not_adapted,
      ${sql.join(GROUPS.map((g) => sql`count(*) FILTER (WHERE fresh AND ${sql.raw(g)})::int AS ${sql.raw(g)}`), sql`, `)}
    FROM v GROUP BY key`);
  return new Map(
    rows.map((r) => [
      r.key,
      {
        total: r.total, audited: r.audited, fresh: r.fresh, adapted: r.adapted, partial: r.partial,
        notAdapted: r.not_adapted, notAudited: r.total - r.fresh,
        adaptedByGroup: Object.fromEntries(GROUPS.map((g) => [g, r[g]])) as Record<Group, number>,
      },
    ]),
  );
}

/** The same fields of an API row, for comparison. */
export function countsOf(row: DirectCounts): DirectCounts {
  const { total, audited, fresh, adapted, partial, notAdapted, notAudited, adaptedByGroup } = row;
  return { total, audited, fresh, adapted, partial, notAdapted, notAudited, adaptedByGroup };
}

export const ZERO: DirectCounts = {
  total: 0, audited: 0, fresh: 0, adapted: 0, partial: 0, notAdapted: 0, notAudited: 0,
  adaptedByGroup: Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>,
};

/** Failing items of each facility's latest audit, counted per item. */
export async function directFailingItems(database: Database, where: SQL = sql`TRUE`) {
  return database.rows<{ item: string; facilities: number; critical: number } & Record<string, number>>(sql`
    SELECT fl.item, count(DISTINCT f.id)::int AS facilities,
      count(DISTINCT f.id) FILTER (WHERE fl.severity = 'critical')::int AS critical,
      ${sql.join(GROUPS.map((g) => sql`count(DISTINCT f.id) FILTER (WHERE fl.grp = ${g})::int AS ${sql.raw(g)}`), sql`, `)}
    FROM facilities f JOIN audits a ON a.id = f.current_audit_id
    CROSS JOIN LATERAL (
      SELECT g.key AS grp, x ->> 'item' AS item, x ->> 'severity' AS severity
      FROM jsonb_each(a.result -> 'groups') g, jsonb_array_elements(g.value -> 'failures') x
    ) fl
    WHERE ${where}
    GROUP BY fl.item`);
}

/** Audits per month (Kazakhstan time), their verdicts, and first audits of facilities. */
export async function directTrend(database: Database, where: SQL = sql`TRUE`) {
  const everyGroupAtLeastPartial = sql.join(
    GROUPS.map((g) => sql.raw(`coalesce(a.result -> 'groups' -> '${g}' ->> 'facilityOnlyStatus', a.status_${g}) IN ('accessible', 'partial')`)),
    sql` AND `,
  );
  return database.rows<{ month: string; audits: number; adapted: number; partial: number; not_adapted: number; first_audits: number }>(sql`
    SELECT to_char(date_trunc('month', a.audited_at AT TIME ZONE 'Asia/Almaty'), 'YYYY-MM') AS month, count(*)::int AS audits,
      count(*) FILTER (WHERE a.adapted)::int AS adapted,
      count(*) FILTER (WHERE NOT a.adapted AND ${everyGroupAtLeastPartial})::int AS partial,
      count(*) FILTER (WHERE NOT a.adapted AND NOT (${everyGroupAtLeastPartial}))::int AS not_adapted,
      count(*) FILTER (WHERE a.id = (SELECT b.id FROM audits b WHERE b.facility_id = a.facility_id ORDER BY b.audited_at, b.id LIMIT 1))::int AS first_audits
    FROM audits a JOIN facilities f ON f.id = a.facility_id
    WHERE ${where}
    GROUP BY 1 ORDER BY 1`);
}
