import type { AnswerSpec } from '../../../server/domain/checklist';
import { fromInput, inputUnit, toInput, type InputUnit } from './answer-units';

/** One typed field of a measured or compound answer: what it is called in the answer and its unit. */
export interface AnswerField {
  name: string;
  unit: InputUnit | 'count';
  /** For compound answers, whether the answer can be sent without it. */
  optional?: boolean;
}

/** The fields the form shows for an answer type (choices are buttons, not fields). */
export function answerFields(spec: AnswerSpec): AnswerField[] {
  switch (spec.type) {
    case 'number':
      return [{ name: 'value', unit: inputUnit(spec) }];
    case 'parking':
      return [{ name: 'accessible', unit: 'count' }, { name: 'total', unit: 'count' }];
    case 'size':
      return [{ name: 'width', unit: 'cm' }, { name: 'depth', unit: 'cm' }];
    case 'rampRun':
      return [{ name: 'length', unit: 'm' }, { name: 'slope', unit: '%' }];
    case 'rampSlope':
      return [{ name: 'slope', unit: '%' }, { name: 'rise', unit: 'cm', optional: true }];
    case 'flight':
      return [{ name: 'steps', unit: 'count', optional: true }];
    default:
      return [];
  }
}

const read = (text: string, unit: AnswerField['unit']) => fromInput(text, unit === 'count' ? 'm' : unit);

/**
 * The answer from the typed fields (and, for a flight of steps, the chosen handrail answer), or
 * null while a required field is empty. Compound answers are the objects of docs/checklist-answers.md.
 */
export function answerFromFields(spec: AnswerSpec, texts: Record<string, string>, choice?: string): unknown {
  const fields = answerFields(spec);
  const values: Record<string, number> = {};
  for (const field of fields) {
    const value = read(texts[field.name] ?? '', field.unit);
    if (value === null && !field.optional) return null;
    if (value !== null) values[field.name] = value;
  }
  if (spec.type === 'number') return values.value;
  if (spec.type === 'flight') return choice === undefined ? null : values.steps === undefined ? choice : { value: choice, steps: values.steps };
  return values;
}

/** The typed fields that show a stored answer. */
export function fieldsFromAnswer(spec: AnswerSpec, answer: unknown): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const field of answerFields(spec)) {
    const raw = spec.type === 'number' ? answer : typeof answer === 'object' && answer !== null ? (answer as Record<string, unknown>)[field.name] : undefined;
    texts[field.name] = field.unit === 'count' ? (typeof raw === 'number' ? String(raw) : '') : toInput(raw, field.unit);
  }
  return texts;
}

/** The chosen option of a choice-like answer ('yes', 'ramp', …), if any. */
export function chosen(answer: unknown): string | undefined {
  if (typeof answer === 'string') return answer;
  if (typeof answer === 'object' && answer !== null && typeof (answer as { value?: unknown }).value === 'string') return (answer as { value: string }).value;
  return undefined;
}
