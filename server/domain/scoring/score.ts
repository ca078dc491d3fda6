import { S_ACCESSIBLE, S_CONDITIONAL, S_INACCESSIBLE, S_NA, S_PARTIAL, type StatusCode } from './outcome';
import type { ZoneOutcome } from './zone-status';

/** B6 cap of a group score by the group's status. */
const CAP: Record<StatusCode, number> = { [S_NA]: 100, [S_ACCESSIBLE]: 100, [S_PARTIAL]: 95, [S_CONDITIONAL]: 60, [S_INACCESSIBLE]: 25 };

/** num / den rounded half up, in integers so 89.5 is exactly 90. */
export function roundHalfUp(num: number, den: number): number {
  return Math.floor((2 * num + den) / (2 * den));
}

/**
 * Rule B6 group score: the zone-weighted mean of the applicable zone scores, capped by the group's
 * status, rounded half up. Null when no zone applies.
 *
 * @example
 * // Example 2, wheelchair: (10·100 + 15·90 + 25·50 + 15·50 + 15·90 + 10·0 + 10·100) / 100 = 67, conditional → cap 60
 * groupScore(zones, weights, S_CONDITIONAL, 0) // 60
 */
export function groupScore(zones: readonly ZoneOutcome[], weights: readonly number[], status: StatusCode, firstZone: number): number | null {
  let num = 0;
  let den = 0;
  for (let z = firstZone; z < zones.length; z++) {
    if (zones[z].status === S_NA) continue;
    num += weights[z] * zones[z].score;
    den += weights[z];
  }
  if (den === 0) return null;
  const cap = CAP[status];
  return num >= cap * den ? cap : roundHalfUp(num, den);
}

/** D9: the facility score is the mean of the rounded group scores, rounded half up. */
export function meanScore(scores: readonly number[]): number {
  return roundHalfUp(scores.reduce((a, b) => a + b, 0), scores.length);
}
