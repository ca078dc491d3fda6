import { GROUP_IDS, readAnswer, type AuditAnswers, type ReadAnswer } from '../checklist';
import { CompletenessCounter } from './completeness';
import { testItemCondition } from './conditions';
import { evaluateItem, newItemOutcomes } from './evaluate-item';
import type { FailureRecord } from './failures';
import { refKey, type AuditLayout, type Unit } from './instances';
import { CRITICAL_ASSISTABLE, FALSE, MINOR } from './outcome';
import type { PreparedChecklist, PreparedItem } from './prepare';
import { Tally } from './tally';
import type { Completeness } from './types';

const UNANSWERED: ReadAnswer = { kind: 'unanswered' };

/** Reads answers by key; an invalid answer counts as unanswered (validation reports it separately). */
export function answerReader(answers: AuditAnswers) {
  return (item: PreparedItem, key: string): ReadAnswer => {
    const read = readAnswer(item.def.answer, answers[key], item.options);
    return read.kind === 'invalid' ? UNANSWERED : read;
  };
}
export type AnswerReader = ReturnType<typeof answerReader>;

/** The answer of `ref` as seen from `unit`, or unanswered if it does not apply there. */
function readRef(read: AnswerReader, ref: PreparedItem | undefined, unit: Unit): ReadAnswer {
  const key = ref && refKey(ref, unit);
  return ref && key ? read(ref, key) : UNANSWERED;
}

/** A gate closed by its answer makes the item not applicable (NA); an unanswered gate leaves it open. */
export function isGatedOff(unit: Unit, read: AnswerReader): boolean {
  return unit.item.gates.some(({ gate, condition }) => refKey(gate, unit) !== null && testItemCondition(condition, readRef(read, gate, unit)) === FALSE);
}

export interface AuditEvaluation {
  /** One per layout slot. */
  tallies: Tally[];
  failures: FailureRecord[];
  /** Items that could still fail critically, per group. */
  unknowns: { unit: Unit; group: number }[];
  completeness: Completeness;
}

/** Evaluates every applicable answer (rule B1) into its slot's tally, keeping the failures for explanation. */
export function evaluateAudit(prepared: PreparedChecklist, layout: AuditLayout, answers: AuditAnswers): AuditEvaluation {
  const read = answerReader(answers);
  const groups = GROUP_IDS.length;
  const tallies = layout.slots.map(() => new Tally(groups));
  const failures: FailureRecord[] = [];
  const unknowns: AuditEvaluation['unknowns'] = [];
  const completeness = new CompletenessCounter();
  const out = newItemOutcomes(groups);
  for (const unit of layout.units) {
    if (isGatedOff(unit, read)) continue;
    const answer = read(unit.item, unit.key);
    if (answer.kind === 'na') continue;
    const fields = answer.kind === 'answer' ? answer.fields : null;
    completeness.count(unit.zone, fields !== null);
    evaluateItem(unit.item, fields, (c) => testItemCondition(c, readRef(read, prepared.byId.get(c.item), unit)), out);
    const tally = tallies[unit.slot];
    for (let g = 0; g < groups; g++) {
      tally.add(g, out.best[g], out.worst[g], fields !== null);
      if (out.best[g] >= MINOR) {
        failures.push({ unit, group: g, outcome: out.best[g], band: out.band[g], value: answers[unit.key] ?? null });
      }
      if (out.worst[g] >= CRITICAL_ASSISTABLE && out.best[g] < CRITICAL_ASSISTABLE) {
        unknowns.push({ unit, group: g });
        completeness.blockingUnknown(unit);
      }
    }
  }
  return { tallies, failures, unknowns, completeness: completeness.result() };
}
