import { CRITICAL, CRITICAL_ASSISTABLE, MINOR, NA, PASS, WORST, type Outcome, type Scenario } from './outcome';

/** Counters kept per slot and group. */
const APPLICABLE = 0;
const ANSWERED = 1;
const UNANSWERED_MINOR = 2;
/** Then, per scenario, minor / assistable critical / critical failures. */
const FAILURES = 3;
const FIELDS = 9;

/**
 * What the items of each slot (a zone's facility-wide items, or one element instance) add up to for
 * each group: how many apply, how many are answered, and the failures in the best and worst case.
 * Queries take a zone slot and optionally an instance slot (-1 for none) and read their sum.
 */
/** One buffer reused by every audit scored in this thread (scoring is synchronous, never re-entered). */
let buffer = new Int32Array(0);

export class Tallies {
  private readonly counts: Int32Array;

  constructor(
    slots: number,
    private readonly groups: number,
  ) {
    const size = slots * groups * FIELDS;
    if (buffer.length < size) buffer = new Int32Array(size * 2);
    this.counts = buffer.subarray(0, size);
    this.counts.fill(0);
  }

  /** Counts one applicable item's outcome for group `g` in `slot`. */
  add(slot: number, g: number, best: Outcome, worst: Outcome, answered: boolean): void {
    if (best === NA) return;
    const base = (slot * this.groups + g) * FIELDS;
    const c = this.counts;
    c[base + APPLICABLE]++;
    if (answered) c[base + ANSWERED]++;
    else if (worst === MINOR) c[base + UNANSWERED_MINOR]++;
    if (best !== PASS) c[base + FAILURES + best - MINOR]++;
    if (worst !== PASS && (answered || worst !== MINOR)) c[base + FAILURES + 3 + worst - MINOR]++;
  }

  private get(zone: number, instance: number, g: number, field: number): number {
    const own = this.counts[(zone * this.groups + g) * FIELDS + field];
    return instance < 0 ? own : own + this.counts[(instance * this.groups + g) * FIELDS + field];
  }

  applicable(zone: number, instance: number, g: number): number {
    return this.get(zone, instance, g, APPLICABLE);
  }

  answered(zone: number, instance: number, g: number): number {
    return this.get(zone, instance, g, ANSWERED);
  }

  unansweredMinor(zone: number, instance: number, g: number): number {
    return this.get(zone, instance, g, UNANSWERED_MINOR);
  }

  /**
   * True when the best and worst case of this zone (and instance) are the same for the group: no
   * unanswered or undecided item that could fail critically, and no unanswered minor item that counts.
   */
  settled(zone: number, instance: number, g: number, strict: boolean): boolean {
    for (let f = FAILURES; f < FAILURES + 3; f++) if (this.get(zone, instance, g, f) !== this.get(zone, instance, g, f + 3)) return false;
    return this.get(zone, instance, g, UNANSWERED_MINOR) === 0 || (!strict && this.get(zone, instance, g, ANSWERED) > 0);
  }

  failures(zone: number, instance: number, g: number, scenario: Scenario, outcome: typeof MINOR | typeof CRITICAL_ASSISTABLE | typeof CRITICAL): number {
    return this.get(zone, instance, g, FAILURES + (scenario === WORST ? 3 : 0) + outcome - MINOR);
  }
}
