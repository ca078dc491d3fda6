import { GROUPS, type Group } from '../facilities/facility-feature';
import type { FacilityCounts } from './facility-counts';

/** Shares in percent with one decimal, null where the denominator is zero. */
export interface Percentages {
  /** Of all facilities (the denominator of the published rate). */
  audited: number | null;
  fresh: number | null;
  adapted: number | null;
  partial: number | null;
  notAdapted: number | null;
  notAudited: number | null;
  adaptedByGroup: Record<Group, number | null>;
  /** Adapted among the facilities with a fresh audit: the rate within the audited sample. */
  adaptedOfFresh: number | null;
}

/** One line of a statistics table: counts, the derived counts, and their shares. */
export interface StatsCounts extends FacilityCounts {
  /** Audited, but the latest audit is older than the freshness period. */
  stale: number;
  /** No fresh audit: never audited plus stale. total = adapted + partial + notAdapted + notAudited. */
  notAudited: number;
  percent: Percentages;
}

/**
 * `part` of `whole` in percent, rounded half up to one decimal.
 * @example percent(1, 3) // 33.3
 */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

export function withShares(counts: FacilityCounts): StatsCounts {
  const notAudited = counts.total - counts.fresh;
  const of = (n: number) => percent(n, counts.total);
  return {
    ...counts,
    stale: counts.audited - counts.fresh,
    notAudited,
    percent: {
      audited: of(counts.audited),
      fresh: of(counts.fresh),
      adapted: of(counts.adapted),
      partial: of(counts.partial),
      notAdapted: of(counts.notAdapted),
      notAudited: of(notAudited),
      adaptedByGroup: Object.fromEntries(GROUPS.map((g) => [g, of(counts.adaptedByGroup[g])])) as Record<Group, number | null>,
      adaptedOfFresh: percent(counts.adapted, counts.fresh),
    },
  };
}
