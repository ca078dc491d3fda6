import { GROUP_IDS } from '../checklist';
import type { AnswerSheet } from './answer-sheet';
import { CompletenessCounter } from './completeness';
import { evaluateItem, newItemOutcomes } from './evaluate-item';
import type { FailureRecord } from './failures';
import type { AuditLayout, Unit } from './instances';
import { CRITICAL_ASSISTABLE, MINOR } from './outcome';
import { Tallies } from './tally';
import type { Completeness } from './types';

export interface AuditEvaluation {
  tallies: Tallies;
  failures: FailureRecord[];
  /** Items that could still fail critically, per group. */
  unknowns: { unit: Unit; group: number }[];
  completeness: Completeness;
}

/** Evaluates every applicable answer (rule B1) into its slot's tally, keeping the failures for explanation. */
export function evaluateAudit(layout: AuditLayout, sheet: AnswerSheet): AuditEvaluation {
  const groups = GROUP_IDS.length;
  const tallies = new Tallies(layout.slots.length, groups);
  const failures: FailureRecord[] = [];
  const unknowns: AuditEvaluation['unknowns'] = [];
  const completeness = new CompletenessCounter();
  const scratch = newItemOutcomes(groups);
  for (const unit of layout.units) {
    const { item } = unit;
    if (item.gates.length > 0 && sheet.isGatedOff(unit)) continue;
    const raw = sheet.raw(unit.index);
    if (raw === 'na') continue;
    let out = typeof raw === 'string' ? item.fixedOutcomes.get(raw) : undefined;
    if (!out) {
      const answer = raw === undefined ? null : sheet.read(unit.index);
      out = answer?.kind === 'answer' ? evaluateItem(unit, answer.fields, sheet, scratch) : item.unanswered;
    }
    const answered = out !== item.unanswered;
    completeness.count(unit.zone, answered);
    for (const g of item.groups) {
      tallies.add(unit.slot, g, out.best[g], out.worst[g], answered);
      if (out.best[g] >= MINOR) {
        failures.push({ unit, group: g, outcome: out.best[g], band: out.band[g], value: sheet.value(unit.index) });
      }
      if (out.worst[g] >= CRITICAL_ASSISTABLE && out.best[g] < CRITICAL_ASSISTABLE) {
        unknowns.push({ unit, group: g });
        completeness.blockingUnknown(unit);
      }
    }
  }
  return { tallies, failures, unknowns, completeness: completeness.result() };
}
