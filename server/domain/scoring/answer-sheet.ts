import { readAnswer, type AnswerValue, type AuditAnswers, type ReadAnswer } from '../checklist';
import { testItemCondition } from './conditions';
import { refKey, type Unit } from './instances';
import { FALSE } from './outcome';
import type { PreparedItem } from './prepare';

const UNANSWERED: ReadAnswer = { kind: 'unanswered' };

/**
 * An audit's answers as the scoring reads them: an invalid answer counts as unanswered (validation
 * reports it separately). Answers other items depend on (gates) are read once.
 */
export class AnswerSheet {
  private readonly cache = new Map<string, ReadAnswer>();
  /** The answers by key: stored audits differ in their keys, so a Map looks them up faster than the object. */
  readonly raw = new Map<string, unknown>();
  /** Keys with an instance suffix. */
  readonly suffixed: string[] = [];

  constructor(answers: AuditAnswers) {
    // for…in with the keyed load below lets V8 use the object's enum cache: stored audits are many shapes.
    for (const key in answers) {
      const value = answers[key];
      if (value === undefined || value === null) continue;
      this.raw.set(key, value);
      if (key.includes('@')) this.suffixed.push(key);
    }
  }

  read(item: PreparedItem, key: string): ReadAnswer {
    if (item.referenced) {
      const cached = this.cache.get(key);
      if (cached) return cached;
    }
    const raw = this.raw.get(key);
    let read = (typeof raw === 'string' && item.choiceAnswers.get(raw)) || readAnswer(item.def.answer, raw, item.options);
    if (read.kind === 'invalid') read = UNANSWERED;
    if (item.referenced) this.cache.set(key, read);
    return read;
  }

  /** The answer as given, for explaining a failure. */
  value(key: string): AnswerValue {
    return (this.raw.get(key) as AnswerValue | undefined) ?? null;
  }

  /** The answer of `ref` as seen from `unit` (same instance, or the facility-wide one); unanswered if it does not apply there. */
  readFrom(ref: PreparedItem, unit: Unit): ReadAnswer {
    const key = refKey(ref, unit);
    return key === null ? UNANSWERED : this.read(ref, key);
  }

  /** A gate closed by its answer makes the item not applicable (NA); an unanswered gate leaves it open. */
  isGatedOff(unit: Unit): boolean {
    for (const { gate, condition } of unit.item.gates) {
      if (refKey(gate, unit) !== null && testItemCondition(condition, this.readFrom(gate, unit)) === FALSE) return true;
    }
    return false;
  }
}
