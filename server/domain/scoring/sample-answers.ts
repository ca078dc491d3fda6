import { readAnswer, type AnswerValue, type AuditAnswers, type ChecklistDefinition, type ItemDefinition } from '../checklist';
import { AnswerSheet } from './answer-sheet';
import { layoutAudit } from './instances';
import { FALSE, TRUE } from './outcome';
import { prepareChecklist } from './prepare';

/**
 * Realistic answer values per item, around every threshold of the checklist, for property tests and
 * the re-scoring benchmark. Not used by the scoring itself.
 */

const COMPOUND: Record<string, AnswerValue[]> = {
  parking: [
    { accessible: 6, total: 60 },
    { accessible: 4, total: 40 },
    { accessible: 2, total: 40 },
    { accessible: 1, total: 8 },
    { accessible: 0, total: 12 },
  ],
  size: [
    { width: 2.3, depth: 2.3 },
    { width: 1.1, depth: 2.1 },
    { width: 1.1, depth: 1.4 },
    { width: 1.8, depth: 1.9, turningCircle: true },
    { width: 1.6, depth: 1.7, turningCircle: false },
    { width: 1.0, depth: 1.3 },
    { width: 0.9, depth: 1.2 },
  ],
  rampRun: [
    { length: 6, slope: 4 },
    { length: 4.3, slope: 7 },
    { length: 10, slope: 6 },
    { length: 13, slope: 5 },
    { length: 16, slope: 3 },
    { length: 5, slope: 9 },
  ],
  rampSlope: [4, 7, { slope: 4, rise: 0.3 }, { slope: 7, rise: 0.3 }, { slope: 7, rise: 1 }, { slope: 9, rise: 0.3 }],
};

function numberCandidates(item: ItemDefinition, min: number, max: number): number[] {
  const limits = item.rules.flatMap((b) => b.if.flatMap((c) => [c.lt, c.lte, c.gt, c.gte].filter((n): n is number => n !== undefined)));
  const values = new Set([min, ...limits.flatMap((n) => [n * 0.9, n, n * 1.1])]);
  return [...values].map((n) => Math.round(Math.min(max, Math.max(min, n)) * 1000) / 1000);
}

/** Plausible answers to one item (never "na" or unanswered). */
export function answerCandidates(checklist: ChecklistDefinition, item: ItemDefinition): AnswerValue[] {
  const spec = item.answer;
  if (spec.type === 'yesno') return ['yes', 'no'];
  if (spec.type === 'choice') return checklist.choiceSets[spec.choices].map((o) => o.id);
  if (spec.type === 'number') return numberCandidates(item, spec.min, spec.max);
  if (spec.type === 'flight') {
    const ids = checklist.choiceSets[spec.choices].map((o) => o.id);
    return [...ids, ...ids.flatMap((value) => [{ value, steps: 2 }, { value, steps: 4 }])];
  }
  return COMPOUND[spec.type];
}

/** Whether an answer certainly fails (`'fails'`), certainly passes (`'passes'`) or lacks a detail (`'open'`). */
export function verdict(checklist: ChecklistDefinition, item: ItemDefinition, value: AnswerValue): 'fails' | 'passes' | 'open' | 'none' {
  const prepared = prepareChecklist(checklist).byId.get(item.id)!;
  const read = readAnswer(item.answer, value, prepared.options);
  if (read.kind !== 'answer') return 'none';
  const truths = prepared.bandTests.map((test) => test(read.fields));
  return truths.includes(TRUE) ? 'fails' : truths.every((t) => t === FALSE) ? 'passes' : 'open';
}

/** The candidates that fail no group at all. */
export function passingCandidates(checklist: ChecklistDefinition, item: ItemDefinition): AnswerValue[] {
  return answerCandidates(checklist, item).filter((value) => verdict(checklist, item, value) === 'passes');
}

/** Items whose answer changes whether, or how, other items count (gates, the stair-climber). */
export function referencedItems(checklist: ChecklistDefinition): Set<string> {
  return new Set(checklist.items.flatMap((i) => [...(i.applicableIf ?? []), ...i.rules.flatMap((b) => (b.assistableIf ? [b.assistableIf] : []))].map((c) => c.item)));
}

/** The same answers with every item that a gate closes answered "na", as the tablet form does. */
export function consistentAnswers(checklist: ChecklistDefinition, answers: AuditAnswers): AuditAnswers {
  const prepared = prepareChecklist(checklist);
  const result = { ...answers };
  // Gates chain (level change → step-free means → ramp), so close until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    const sheet = new AnswerSheet(result);
    const layout = layoutAudit(prepared, sheet);
    for (const unit of layout.units) {
      if (result[unit.key] !== undefined && result[unit.key] !== 'na' && sheet.isGatedOff(unit)) {
        result[unit.key] = 'na';
        changed = true;
      }
    }
  }
  return result;
}
