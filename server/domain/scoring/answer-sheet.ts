import { readAnswer, type AnswerValue, type AuditAnswers, type ReadAnswer } from '../checklist';
import { testItemCondition } from './conditions';
import type { AuditLayout, Unit } from './instances';
import { FALSE } from './outcome';

const UNANSWERED: ReadAnswer = { kind: 'unanswered' };
/** Placeholder until `attach`; never written to. */
const NONE: never[] = [];

/**
 * An audit's answers as the scoring reads them, by unit of the audit's layout: an invalid answer counts
 * as unanswered (validation reports it separately). Stored audits come in many key orders, which makes
 * reading an object by key slow, so the answers are read once, in the object's own order.
 */
export class AnswerSheet {
  private readonly keys: string[];
  private readonly values: unknown[];
  /** Answered keys the attached layout has no unit for: instance suffixes, or unknown items. */
  strays: string[] = NONE;
  private byUnit: unknown[] = NONE;
  private reads: (ReadAnswer | undefined)[] = NONE;
  private units: Unit[] = NONE;

  constructor(answers: AuditAnswers) {
    // Two native passes over the object instead of one keyed load per answer.
    this.keys = Object.keys(answers);
    this.values = Object.values(answers);
  }

  /** Whether the audit answers this key (used while laying out instances). */
  has(key: string): boolean {
    const i = this.keys.indexOf(key);
    return i >= 0 && this.values[i] !== undefined && this.values[i] !== null;
  }

  /** Places the answers on the units of the layout; keys the layout does not know become `strays`. */
  attach(layout: AuditLayout): this {
    this.units = layout.units;
    this.byUnit = new Array(layout.units.length);
    this.reads = new Array(layout.units.length);
    this.strays = [];
    for (let i = 0; i < this.keys.length; i++) {
      const value = this.values[i];
      if (value === null || value === undefined) continue;
      const unit = layout.index.get(this.keys[i]);
      if (unit !== undefined) this.byUnit[unit] = value;
      else this.strays.push(this.keys[i]);
    }
    return this;
  }

  /** The answer as given (undefined when unanswered). */
  raw(unit: number): unknown {
    return this.byUnit[unit];
  }

  /** The answer as given, for explaining a failure. */
  value(unit: number): AnswerValue {
    return (this.byUnit[unit] as AnswerValue | undefined) ?? null;
  }

  read(unit: number): ReadAnswer {
    const cached = this.reads[unit];
    if (cached) return cached;
    const item = this.units[unit].item;
    const raw = this.byUnit[unit];
    let read = (typeof raw === 'string' && item.choiceAnswers.get(raw)) || readAnswer(item.def.answer, raw, item.options);
    if (read.kind === 'invalid') read = UNANSWERED;
    this.reads[unit] = read;
    return read;
  }

  /** A gate closed by its answer makes the item not applicable (NA); an unanswered gate leaves it open. */
  isGatedOff(unit: Unit): boolean {
    const gates = unit.item.gates;
    for (let i = 0; i < gates.length; i++) {
      const gate = unit.gates[i];
      if (gate >= 0 && testItemCondition(gates[i].condition, this.read(gate)) === FALSE) return true;
    }
    return false;
  }
}
