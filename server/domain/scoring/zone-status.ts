import {
  CRITICAL,
  CRITICAL_ASSISTABLE,
  MINOR,
  S_ACCESSIBLE,
  S_CONDITIONAL,
  S_INACCESSIBLE,
  S_NA,
  S_PARTIAL,
  WORST,
  type Scenario,
  type StatusCode,
} from './outcome';
import type { Tallies } from './tally';

/** A zone's status for one group in one scenario, and its B6 zone score (meaningless when NA). */
export interface ZoneOutcome {
  status: StatusCode;
  score: number;
}

const NOT_APPLICABLE: ZoneOutcome = { status: S_NA, score: 100 };
const ACCESSIBLE: ZoneOutcome = { status: S_ACCESSIBLE, score: 100 };
const CONDITIONAL: ZoneOutcome = { status: S_CONDITIONAL, score: 50 };
const INACCESSIBLE: ZoneOutcome = { status: S_INACCESSIBLE, score: 0 };
/** Partial outcomes by number of minor failures (from four on, the score stays at 60). */
const PARTIAL: ZoneOutcome[] = [0, 1, 2, 3, 4].map((minor) => ({ status: S_PARTIAL, score: Math.max(60, 100 - 10 * minor) }));
const partial = (minor: number): ZoneOutcome => PARTIAL[Math.min(minor, 4)];

/**
 * Rule B3 with the B6 zone score, for one group in one completion of the audit, over a zone's
 * facility-wide items and one of its instances (`instance` -1 when the zone has none).
 * Unanswered minor items do not change a status (B3-5), except that in the worst case they count as
 * failed where nothing relevant to the group is answered (an empty zone is never known to be
 * accessible) and, with `strict`, for the instances of a zone that has several (docs/adr/0101).
 * `assistance`: call button and staff escort hold, so assistable criticals are conditional (B3-2a);
 * `dropoff`: a drop-off point makes the approach partial for wheelchair and mobility (B3-2b).
 *
 * @example
 * // one assistable critical (stair-climber), call button and escort present:
 * zoneOutcome(tallies, ENTRANCE, mainEntranceSlot, WHEELCHAIR, WORST, true, false) // { status: S_CONDITIONAL, score: 50 }
 */
export function zoneOutcome(
  t: Tallies,
  zone: number,
  instance: number,
  g: number,
  scenario: Scenario,
  assistance: boolean,
  dropoff: boolean,
  strict = false,
): ZoneOutcome {
  if (t.applicable(zone, instance, g) === 0) return NOT_APPLICABLE;
  let minor = t.failures(zone, instance, g, scenario, MINOR);
  if (scenario === WORST && (strict || t.answered(zone, instance, g) === 0)) minor += t.unansweredMinor(zone, instance, g);
  const assistable = t.failures(zone, instance, g, scenario, CRITICAL_ASSISTABLE);
  const blocking = t.failures(zone, instance, g, scenario, CRITICAL);
  if (assistable + blocking > 0) {
    // D6: each critical the drop-off mitigates counts as one minor failure for the score.
    if (dropoff) return partial(minor + assistable + blocking);
    return blocking === 0 && assistance ? CONDITIONAL : INACCESSIBLE;
  }
  return minor > 0 ? partial(minor) : ACCESSIBLE;
}

const rank = (o: ZoneOutcome) => (o.status === S_NA ? S_ACCESSIBLE : o.status);

/** True when `candidate` is a better zone outcome than `current` (rule B2: use the best instance). */
export function isBetter(candidate: ZoneOutcome, current: ZoneOutcome): boolean {
  const a = rank(candidate);
  const b = rank(current);
  return a !== b ? a > b : candidate.score > current.score;
}
