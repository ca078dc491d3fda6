import type { Adaptation, GroupResult } from './types';

const YEARS_VALID = 3;

/**
 * Rule B7: the officials' "adapted" figure and its dashboard alternatives. An unknown group is never
 * adapted. `complete` is D8: every applicable item of zones 1–6 answered.
 */
export function adaptation(groups: readonly GroupResult[], complete: boolean): Adaptation {
  const all = (test: (g: GroupResult) => boolean) => groups.every(test);
  const facilityAtLeast = (...statuses: string[]) => all((g) => statuses.includes(g.facilityOnlyStatus));
  const scores = groups.map((g) => g.facilityOnlyScore);
  const known = scores.every((s) => s !== null);
  const mean = known ? (scores as number[]).reduce((a, b) => a + b, 0) / scores.length : 0;
  return {
    full: complete && facilityAtLeast('accessible'),
    noBarrier: facilityAtLeast('accessible', 'partial'),
    withAssistance: facilityAtLeast('accessible', 'partial', 'conditional'),
    scoreAtLeast80: known && mean >= 80 && facilityAtLeast('accessible', 'partial', 'conditional'),
    doorstepToDoorstep: complete && all((g) => g.status === 'accessible'),
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
