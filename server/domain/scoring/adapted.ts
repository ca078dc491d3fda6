import type { Adaptation, GroupResult, Status } from './types';

/** Unknown ranks below everything: it never counts as adapted. */
const RANK: Record<Status, number> = { unknown: 0, inaccessible: 1, conditional: 2, partial: 3, accessible: 4 };

const YEARS_VALID = 3;

/**
 * Rule B7: the officials' "adapted" figure and its dashboard alternatives. An unknown group is never
 * adapted. `complete` is D8: every applicable item of zones 1–6 answered.
 */
export function adaptation(groups: readonly GroupResult[], complete: boolean): Adaptation {
  let weakestFacility = RANK.accessible;
  let weakestDoorstep = RANK.accessible;
  let scoreSum = 0;
  let scored = 0;
  for (const g of groups) {
    weakestFacility = Math.min(weakestFacility, RANK[g.facilityOnlyStatus]);
    weakestDoorstep = Math.min(weakestDoorstep, RANK[g.status]);
    if (g.facilityOnlyScore !== null) {
      scoreSum += g.facilityOnlyScore;
      scored++;
    }
  }
  return {
    full: complete && weakestFacility === RANK.accessible,
    noBarrier: weakestFacility >= RANK.partial,
    withAssistance: weakestFacility >= RANK.conditional,
    scoreAtLeast80: weakestFacility >= RANK.conditional && scored === groups.length && scoreSum >= 80 * scored,
    doorstepToDoorstep: complete && weakestDoorstep === RANK.accessible,
  };
}

/**
 * D8: an audit counts for the KPI for three years from its date (ISO dates, `YYYY-MM-DD`).
 *
 * @example
 * auditStillCounts('2023-05-10', '2026-05-09') // true
 * auditStillCounts('2023-05-10', '2026-05-10') // false
 */
export function auditStillCounts(auditedOn: string, asOf: string): boolean {
  const [y, m, d] = auditedOn.slice(0, 10).split('-');
  const expires = `${String(Number(y) + YEARS_VALID).padStart(4, '0')}-${m}-${d}`;
  return asOf.slice(0, 10) < expires;
}
