import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { GROUPS, type Group } from '../facilities/facility-feature';
import type { Freshness } from './freshness';
import { selectionFilter, type StatsSelection } from './selection';

/** The counts every statistics row is made of (docs/adaptation-rate.md defines each). */
export interface FacilityCounts {
  total: number;
  audited: number;
  fresh: number;
  adapted: number;
  partial: number;
  notAdapted: number;
  adaptedByGroup: Record<Group, number>;
}

export type CountKey = 'region_kato' | 'district_kato' | 'category';

const VERDICT_COLUMNS = ['adapted', 'partial', 'not_adapted', ...GROUPS] as const;

/**
 * Facility counts of a selection, per region, district or category (null key: none).
 *
 * Reads the month cells, whose months after the cut-off month are wholly fresh, plus the
 * facilities audited inside the cut-off month on or after the cut-off itself (a range read on
 * an index): exact, and independent of how many facilities there are.
 */
export async function countFacilities(
  database: Database,
  selection: StatsSelection,
  key: CountKey,
  freshness: Freshness,
): Promise<Map<string | null, FacilityCounts>> {
  const cutoff = freshness.cutoff.toISOString();
  const cutoffMonth = sql`stats_month(${cutoff}::timestamptz)`;
  const filter = selectionFilter(selection);
  const keyColumn = sql.raw(key);
  const freshCells = VERDICT_COLUMNS.map((c) => sql`CASE WHEN audit_month > ${cutoffMonth} THEN ${sql.raw(c)} ELSE 0 END`);
  const freshFacility = [
    sql`(verdict = 'adapted')::int`,
    sql`(verdict = 'partial')::int`,
    sql`(verdict = 'not_adapted')::int`,
    ...GROUPS.map((g) => sql`(${sql.raw(g)} = 'accessible')::int`),
  ];
  const sums = VERDICT_COLUMNS.map((c) => sql`sum(${sql.raw(c)})::int AS ${sql.raw(c)}`);
  const rows = await database.rows<Record<string, number> & { key: string | null }>(sql`
    SELECT key, sum(total)::int AS total, sum(audited)::int AS audited, sum(fresh)::int AS fresh, ${sql.join(sums, sql`, `)}
    FROM (
      SELECT ${keyColumn} AS key, facilities AS total,
        CASE WHEN audit_month IS NOT NULL THEN facilities ELSE 0 END AS audited,
        CASE WHEN audit_month > ${cutoffMonth} THEN facilities ELSE 0 END AS fresh,
        ${sql.join(freshCells.map((expr, i) => sql`${expr} AS ${sql.raw(VERDICT_COLUMNS[i])}`), sql`, `)}
      FROM stats_area_cells WHERE ${filter}
      UNION ALL
      SELECT ${keyColumn}, 0, 0, 1,
        ${sql.join(freshFacility.map((expr, i) => sql`${expr} AS ${sql.raw(VERDICT_COLUMNS[i])}`), sql`, `)}
      FROM stats_facility_verdicts
      WHERE ${filter} AND audit_month = ${cutoffMonth} AND audited_at >= ${cutoff}::timestamptz
    ) cells
    GROUP BY key`);
  return new Map(
    rows.map((r) => [
      r.key,
      {
        total: r.total,
        audited: r.audited,
        fresh: r.fresh,
        adapted: r.adapted,
        partial: r.partial,
        notAdapted: r.not_adapted,
        adaptedByGroup: Object.fromEntries(GROUPS.map((g) => [g, r[g]])) as Record<Group, number>,
      },
    ]),
  );
}

/** Counts of an empty selection. */
export function noFacilities(): FacilityCounts {
  return {
    total: 0, audited: 0, fresh: 0, adapted: 0, partial: 0, notAdapted: 0,
    adaptedByGroup: Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>,
  };
}

/** The sum of two counts (a country total from its regions, a sector from its categories). */
export function addCounts(a: FacilityCounts, b: FacilityCounts): FacilityCounts {
  return {
    total: a.total + b.total,
    audited: a.audited + b.audited,
    fresh: a.fresh + b.fresh,
    adapted: a.adapted + b.adapted,
    partial: a.partial + b.partial,
    notAdapted: a.notAdapted + b.notAdapted,
    adaptedByGroup: Object.fromEntries(GROUPS.map((g) => [g, a.adaptedByGroup[g] + b.adaptedByGroup[g]])) as Record<Group, number>,
  };
}
