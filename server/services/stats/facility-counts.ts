import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { GROUPS, type Group } from '../facilities/facility-feature';
import type { Freshness } from './freshness';
import { areaCells, selectionFilter, type StatsSelection } from './selection';

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
 * an index): exact, and independent of how many facilities there are. Selections without a
 * district read the cells summed over districts (stats_region_cells), a tenth of the rows.
 */
export async function countFacilities(
  database: Database,
  selection: StatsSelection,
  key: CountKey,
  freshness: Freshness,
): Promise<Map<string | null, FacilityCounts>> {
  const cutoff = sql`${freshness.cutoff.toISOString()}::timestamptz`;
  const cutoffMonth = sql`stats_month(${cutoff})`;
  const filter = selectionFilter(selection);
  const keyColumn = sql.raw(key);
  const cells = areaCells(selection, key === 'district_kato');
  const freshSums = VERDICT_COLUMNS.map((c) => sql`sum(CASE WHEN audit_month > ${cutoffMonth} THEN ${sql.raw(c)} ELSE 0 END)::int AS ${sql.raw(c)}`);
  const cutoffMonthSums = [
    sql`count(*) FILTER (WHERE verdict = 'adapted')::int AS adapted`,
    sql`count(*) FILTER (WHERE verdict = 'partial')::int AS partial`,
    sql`count(*) FILTER (WHERE verdict = 'not_adapted')::int AS not_adapted`,
    ...GROUPS.map((g) => sql`count(*) FILTER (WHERE ${sql.raw(g)} = 'accessible')::int AS ${sql.raw(g)}`),
  ];
  type Row = Record<string, number> & { key: string | null };
  const [whole, partMonth] = await Promise.all([
    database.rows<Row>(sql`
      SELECT ${keyColumn} AS key, sum(facilities)::int AS total,
        sum(CASE WHEN audit_month IS NOT NULL THEN facilities ELSE 0 END)::int AS audited,
        sum(CASE WHEN audit_month > ${cutoffMonth} THEN facilities ELSE 0 END)::int AS fresh, ${sql.join(freshSums, sql`, `)}
      FROM ${cells} WHERE ${filter} GROUP BY 1`),
    database.rows<Row>(sql`
      SELECT ${keyColumn} AS key, 0 AS total, 0 AS audited, count(*)::int AS fresh, ${sql.join(cutoffMonthSums, sql`, `)}
      FROM stats_facility_verdicts
      WHERE ${filter} AND audit_month = ${cutoffMonth} AND audited_at >= ${cutoff} GROUP BY 1`),
  ]);
  const counts = new Map<string | null, FacilityCounts>();
  for (const r of [...whole, ...partMonth]) counts.set(r.key, addCounts(counts.get(r.key) ?? noFacilities(), toCounts(r)));
  return counts;
}

function toCounts(r: Record<string, number>): FacilityCounts {
  return {
    total: r.total,
    audited: r.audited,
    fresh: r.fresh,
    adapted: r.adapted,
    partial: r.partial,
    notAdapted: r.not_adapted,
    adaptedByGroup: Object.fromEntries(GROUPS.map((g) => [g, r[g]])) as Record<Group, number>,
  };
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
