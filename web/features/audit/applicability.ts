import { answerOptions, readAnswer, type ChecklistDefinition, type ItemDefinition } from '../../../server/domain/checklist';
import { testItemCondition } from '../../../server/domain/scoring/conditions';
import { FALSE } from '../../../server/domain/scoring/outcome';

/**
 * Whether an item is asked, given the answers so far: every gate of the item must hold or be
 * unanswered (the checklist's rule), so "no ramp" hides the ramp questions and an open gate keeps
 * them. A gate that is itself not asked counts as not applicable (no step → no "how is the step
 * overcome" → no ramp questions). Uses the scoring module's own condition test.
 */
export function isAsked(checklist: ChecklistDefinition, item: ItemDefinition, answers: Record<string, unknown>): boolean {
  return (item.applicableIf ?? []).every((condition) => {
    const gate = checklist.items.find((i) => i.id === condition.item);
    if (!gate) return true;
    const answer = isAsked(checklist, gate, answers) ? answers[condition.item] : 'na';
    const read = readAnswer(gate.answer, answer, answerOptions(gate.answer, checklist.choiceSets));
    return testItemCondition(condition, read) !== FALSE;
  });
}

/**
 * The answers to send and score: those of questions still asked. An answer left behind under a
 * closed gate would be refused by validation as inconsistent.
 */
export function askedAnswers(checklist: ChecklistDefinition, answers: Record<string, unknown>): Record<string, unknown> {
  const byId = new Map(checklist.items.map((i) => [i.id, i]));
  return Object.fromEntries(
    Object.entries(answers).filter(([key, value]) => {
      const item = byId.get(key.split('@')[0]);
      return value !== undefined && value !== null && (!item || isAsked(checklist, item, answers));
    }),
  );
}
