import type { AnswerValue, ChecklistDefinition, ItemDefinition } from '../../../server/domain/checklist';
import { formatNumber, t, type Locale } from '../../i18n';

/**
 * A length as people say it: under a metre in centimetres ("75 cm", "1.5 cm"), longer in metres.
 * @example lengthText(0.75, 'en') // '75 cm'
 */
export function lengthText(metres: number, locale: Locale): string {
  if (metres < 1) return t('answer.cm', { value: Math.round(metres * 1000) / 10 }, locale);
  return t('answer.m', { value: Math.round(metres * 100) / 100 }, locale);
}

/**
 * A numeric requirement of the checklist ("≥ 0.9 m", "≤ 4 %", "0.45–0.50 m") in the reader's units
 * and numbers ("≥ 90 cm"); null for requirements in words, which the question already implies.
 */
export function requirementText(pass: string | null, locale: Locale): string | null {
  const match = pass?.match(/^([≤≥<>])?\s*([\d.]+)(?:\s*–\s*([\d.]+))?\s*(m|%)$/);
  if (!match) return null;
  const [, sign, low, high, unit] = match;
  const value = (n: string) => (unit === '%' ? t('answer.percent', { value: Number(n) }, locale) : lengthText(Number(n), locale));
  if (high) return `${value(low).replace(/\s*\D+$/, '')}–${value(high)}`;
  return `${sign ? `${sign} ` : ''}${value(low)}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An audit answer in words: "75 cm", "No", "Fixed ramp", "1 of 40", "1.1 × 1.3 m". */
export function answerText(item: ItemDefinition, value: AnswerValue, checklist: ChecklistDefinition, locale: Locale): string {
  const choice = (id: string) => {
    if (id === 'yes' || id === 'no' || id === 'na') return checklist.answerLabels[id][locale];
    const spec = item.answer;
    const set = spec.type === 'choice' || spec.type === 'flight' ? checklist.choiceSets[spec.choices] : [];
    return set.find((o) => o.id === id)?.label[locale] ?? id;
  };
  if (typeof value === 'string') return choice(value);
  if (typeof value === 'number') {
    const spec = item.answer;
    if (spec.type === 'number' && spec.unit === '%') return t('answer.percent', { value }, locale);
    return lengthText(value, locale);
  }
  if (!isRecord(value)) return checklist.answerLabels.unanswered[locale];
  const v = value as Record<string, number | string | boolean | undefined>;
  switch (item.answer.type) {
    case 'parking':
      return t('answer.parking', { accessible: Number(v.accessible), total: Number(v.total) }, locale);
    case 'size':
      return t('answer.size', { width: formatNumber(Number(v.width), locale), depth: formatNumber(Number(v.depth), locale) }, locale);
    case 'rampRun':
      return t('answer.rampRun', { length: Number(v.length), slope: Number(v.slope) }, locale);
    case 'rampSlope':
      return t('answer.percent', { value: Number(v.slope) }, locale);
    default:
      return t('answer.flight', { answer: choice(String(v.value)), steps: Number(v.steps) }, locale);
  }
}

/** A norm reference without the English gloss in brackets: "SP RK 3.06-101-2012* 4.3.2.14". */
export function normText(clause: string | undefined): string | null {
  return clause ? clause.replace(/\s*\(.*\)\s*$/, '') : null;
}
