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
  const out = newItemOutcomes(groups);
  for (const unit of layout.units) {
    if (sheet.isGatedOff(unit)) continue;
    const answer = sheet.read(unit.item, unit.key);
    if (answer.kind === 'na') continue;
    const fields = answer.kind === 'answer' ? answer.fields : null;
    completeness.count(unit.zone, fields !== null);
    evaluateItem(unit, fields, sheet, out);
    for (const g of unit.item.groups) {
      tallies.add(unit.slot, g, out.best[g], out.worst[g], fields !== null);
      if (out.best[g] >= MINOR) {
        failures.push({ unit, group: g, outcome: out.best[g], band: out.band[g], value: sheet.value(unit.key) });
      }
      if (out.worst[g] >= CRITICAL_ASSISTABLE && out.best[g] < CRITICAL_ASSISTABLE) {
        unknowns.push({ unit, group: g });
        completeness.blockingUnknown(unit);
      }
    }
  }
  return { tallies, failures, unknowns, completeness: completeness.result() };
}
