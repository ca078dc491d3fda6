export interface Names {
  kk: string | null;
  ru: string | null;
  en: string | null;
}

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const CYRILLIC = /[а-яёА-ЯЁ]/;
const LATIN = /[a-zA-Z]/;

/**
 * Sorts a single source name into the language it is written in: Kazakh-only letters mean
 * Kazakh, other Cyrillic means Russian, Latin means English. Mixed or empty names stay unknown.
 */
export function namesFromSingle(name: string | null | undefined): Names {
  const names: Names = { kk: null, ru: null, en: null };
  const trimmed = name?.trim();
  if (!trimmed) return names;
  if (KAZAKH_LETTERS.test(trimmed)) names.kk = trimmed;
  else if (CYRILLIC.test(trimmed)) names.ru = trimmed;
  else if (LATIN.test(trimmed)) names.en = trimmed;
  return names;
}

/** Non-empty trimmed string or null. */
export function text(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const trimmed = String(value).trim();
  return trimmed === '' ? null : trimmed;
}
