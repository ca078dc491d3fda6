import { splitAnswerKey, type AuditAnswers } from '../checklist/answers';

/** A length measured by the audit, converted to centimetres (the unit people know their needs in). */
export interface Measurement {
  /** The answer key, with its instance suffix ("entrance.door_width@side"). */
  key: string;
  item: string;
  cm: number;
}

/** One measured element on the way in: not there (na), not measured yet, or measured. */
export type Reading = { kind: 'na' } | { kind: 'unanswered'; key: string } | { kind: 'measured'; measurement: Measurement };

const NA: Reading = { kind: 'na' };

/** Metres to centimetres without binary noise: 0.75 → 75, 0.014 → 1.4. */
const centimetres = (metres: number) => Math.round(metres * 1000) / 10;

/** The reading of a length answered in metres under `key`. */
export function lengthAt(answers: AuditAnswers, key: string): Reading {
  const value = answers[key];
  if (value === 'na') return NA;
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'unanswered', key };
  return { kind: 'measured', measurement: { key, item: splitAnswerKey(key).itemId, cm: centimetres(value) } };
}

/** The choice or yes/no answered under `key`, or undefined when it was not answered. */
export function choiceAt(answers: AuditAnswers, key: string): string | undefined {
  const value = answers[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The instance suffixes used for items of an element kind ("" for the main one, "@side" …),
 * found from any answered item whose id starts with `prefix`.
 * @example instanceSuffixes({ 'entrance.door_width': 0.9, 'entrance.threshold@side': 0 }, 'entrance.') // ['', '@side']
 */
export function instanceSuffixes(answers: AuditAnswers, prefix: string): string[] {
  const suffixes = new Set<string>();
  for (const key of Object.keys(answers)) {
    const { itemId, label } = splitAnswerKey(key);
    if (itemId.startsWith(prefix)) suffixes.add(label === '' ? '' : `@${label}`);
  }
  return [...suffixes].sort();
}
