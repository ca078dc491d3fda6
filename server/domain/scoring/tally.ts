import { CRITICAL, CRITICAL_ASSISTABLE, MINOR, NA, PASS, WORST, type Outcome, type Scenario } from './outcome';

/** Counters kept per group in each accumulator slot. */
const APPLICABLE = 0;
const ANSWERED = 1;
const UNANSWERED_MINOR = 2;
/** Then, per scenario, minor / assistable critical / critical failures. */
const FAILURES = 3;
const FIELDS = 9;

/**
 * What the items of one slot (a zone's facility-wide items, or one element instance) add up to for
 * each group: how many apply, how many are answered, and the failures in the best and worst case.
 */
export class Tally {
  private readonly counts: Int32Array;

  constructor(readonly groups: number) {
    this.counts = new Int32Array(groups * FIELDS);
  }

  /** Counts one applicable item's outcome for group `g`. */
  add(g: number, best: Outcome, worst: Outcome, answered: boolean): void {
    if (best === NA) return;
    const base = g * FIELDS;
    const c = this.counts;
    c[base + APPLICABLE]++;
    if (answered) c[base + ANSWERED]++;
    else if (worst === MINOR) c[base + UNANSWERED_MINOR]++;
    if (best !== PASS) c[base + FAILURES + best - MINOR]++;
    if (worst !== PASS && (answered || worst !== MINOR)) c[base + FAILURES + 3 + worst - MINOR]++;
  }

  applicable(g: number): number {
    return this.counts[g * FIELDS + APPLICABLE];
  }

  answered(g: number): number {
    return this.counts[g * FIELDS + ANSWERED];
  }

  unansweredMinor(g: number): number {
    return this.counts[g * FIELDS + UNANSWERED_MINOR];
  }

  failures(g: number, scenario: Scenario, outcome: typeof MINOR | typeof CRITICAL_ASSISTABLE | typeof CRITICAL): number {
    return this.counts[g * FIELDS + FAILURES + (scenario === WORST ? 3 : 0) + outcome - MINOR];
  }

  /** This slot's counts plus another's (a zone's facility-wide items with one instance). */
  plus(other: Tally): Tally {
    const sum = new Tally(this.groups);
    for (let i = 0; i < this.counts.length; i++) sum.counts[i] = this.counts[i] + other.counts[i];
    return sum;
  }
}
