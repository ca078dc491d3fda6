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
  /** Per group index: its definite failures. */
  failures: FailureRecord[][];
  /** Per group index: the items that could still fail critically. */
  unknowns: Unit[][];
  completeness: Completeness;
}

const SCRATCH = newItemOutcomes(GROUP_IDS.length);
const NUMBER: { value: number } = { value: 0 };

/** Evaluates every applicable answer (rule B1) into its slot's tally, keeping the failures for explanation. */
export function evaluateAudit(layout: AuditLayout, sheet: AnswerSheet): AuditEvaluation {
  const groups = GROUP_IDS.length;
  const tallies = new Tallies(layout.slots.length, groups);
  const failures: FailureRecord[][] = [];
  const unknowns: Unit[][] = [];
  for (let g = 0; g < groups; g++) {
    failures.push([]);
    unknowns.push([]);
  }
  const completeness = new CompletenessCounter();
  const scratch = SCRATCH;
  const units = layout.units;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    const item = unit.item;
    if (unit.gates.length > 0 && sheet.isGatedOff(unit)) continue;
    const raw = sheet.raw(u);
    if (raw === 'na') continue;
    let out = typeof raw === 'string' ? item.fixedOutcomes.get(raw) : undefined;
    const range = item.numberRange;
    if (!out && range && typeof raw === 'number' && raw >= range[0] && raw <= range[1]) {
      // A measured value: compare it directly rather than building (and keeping) a read.
      NUMBER.value = raw;
      out = evaluateItem(unit, NUMBER, sheet, scratch);
    }
    if (!out) {
      const answer = raw === undefined ? null : sheet.read(u);
      out = answer?.kind === 'answer' ? evaluateItem(unit, answer.fields, sheet, scratch) : item.unanswered;
    }
    const answered = out !== item.unanswered;
    completeness.count(unit.zone, answered);
    const groupsOfItem = item.groups;
    for (let i = 0; i < groupsOfItem.length; i++) {
      const g = groupsOfItem[i];
      tallies.add(unit.slot, g, out.best[g], out.worst[g], answered);
      if (out.best[g] >= MINOR) {
        failures[g].push({ unit, outcome: out.best[g], band: out.band[g], value: sheet.value(u) });
      }
      if (out.worst[g] >= CRITICAL_ASSISTABLE && out.best[g] < CRITICAL_ASSISTABLE) {
        unknowns[g].push(unit);
        completeness.blockingUnknown(unit);
      }
    }
  }
  return { tallies, failures, unknowns, completeness: completeness.result() };
}
