import type { Unit } from './instances';
import type { Completeness } from './types';

const APPROACH = 0;

/**
 * Counts answered and applicable items (each instance separately) as the audit is evaluated.
 * Items answered "na" or closed by a gate do not apply; an invalid answer counts as unanswered.
 */
export class CompletenessCounter {
  private answered = 0;
  private applicable = 0;
  private facilityOpen = 0;
  private readonly blocking = new Map<string, Unit>();

  count(zone: number, answered: boolean): void {
    this.applicable++;
    if (answered) this.answered++;
    else if (zone !== APPROACH) this.facilityOpen++;
  }

  /** An item that could still fail critically for some group. */
  blockingUnknown(unit: Unit): void {
    this.blocking.set(unit.key, unit);
  }

  private blockingKeys(): string[] {
    const keys: string[] = [];
    for (const unit of this.blocking.values()) keys.push(unit.key);
    return keys;
  }

  result(): Completeness {
    return {
      answered: this.answered,
      applicable: this.applicable,
      share: this.applicable === 0 ? 1 : this.answered / this.applicable,
      complete: this.facilityOpen === 0,
      blockingUnknowns: this.blockingKeys(),
    };
  }
}
