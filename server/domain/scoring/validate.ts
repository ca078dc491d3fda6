import { readAnswer, splitAnswerKey, type AnswerProblemCode, type AuditAnswers, type ChecklistDefinition } from '../checklist';
import { AnswerSheet } from './answer-sheet';
import { layoutAudit, parseInstanceLabel } from './instances';
import { FALSE } from './outcome';
import { prepareChecklist } from './prepare';

/** One thing wrong with one answer, named by its key. */
export interface AnswerProblem {
  key: string;
  code: AnswerProblemCode;
  message: string;
}

/**
 * Checks an audit's answers against a checklist: unknown item ids, bad instance suffixes, wrong answer
 * types, values outside physical sense (a negative width, more accessible spaces than spaces), and
 * failing answers to items that another answer makes not applicable (they would be silently ignored).
 * Empty when the answers are all valid.
 *
 * @example
 * validateAnswers(currentChecklist, { 'entrance.door_width': -1, 'entrance.colour': 'red' })
 * // [{ key: 'entrance.door_width', code: 'out_of_range', … }, { key: 'entrance.colour', code: 'unknown_item', … }]
 */
export function validateAnswers(checklist: ChecklistDefinition, answers: unknown): AnswerProblem[] {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return [{ key: '', code: 'wrong_type', message: 'answers must be an object keyed by item id' }];
  }
  const audit = answers as AuditAnswers;
  const prepared = prepareChecklist(checklist);
  const sheet = new AnswerSheet(audit);
  const layout = layoutAudit(prepared, sheet);
  const problems: AnswerProblem[] = [];
  const report = (key: string, code: AnswerProblemCode, message: string) => problems.push({ key, code, message });
  for (const key of Object.keys(audit)) {
    const { itemId, label } = splitAnswerKey(key);
    const item = prepared.byId.get(itemId);
    if (!item) {
      report(key, 'unknown_item', `${itemId} is not an item of checklist ${checklist.version}`);
      continue;
    }
    const parsed = label ? parseInstanceLabel(item, label) : {};
    if ('error' in parsed) {
      report(key, 'bad_instance', parsed.error);
      continue;
    }
    const answer = readAnswer(item.def.answer, audit[key], item.options);
    if (answer.kind === 'invalid') {
      report(key, answer.code, answer.message);
      continue;
    }
    const index = layout.index.get(key);
    const unit = index === undefined ? undefined : layout.units[index];
    if (!unit) {
      report(key, 'bad_instance', `no entrance "${parsed.host?.entrance}" is described; answer its items with @${parsed.host?.entrance} first`);
    } else if (answer.kind === 'answer' && sheet.isGatedOff(unit) && item.bandTests.some((test) => test(answer.fields) !== FALSE)) {
      // A failure hidden by a gate is the dangerous contradiction; a passing answer there is harmless.
      const gates = item.gates.map((g) => g.gate.def.id).join(', ');
      report(key, 'inconsistent', `would fail, but does not apply given the answer to ${gates}; check that answer, or answer "na"`);
    }
  }
  return problems;
}
