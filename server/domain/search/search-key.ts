import { toSearchLatin } from './transliterate';

/**
 * The form names and queries are compared in: lower-case plain Latin words and whole numbers,
 * separated by single spaces. Punctuation and "№" become spaces, and a number glued to a word is
 * split off ("№29" → "29", "29а" → "29 a"), so "Школа №29", "школа 29" and "Shkola No29" share
 * the words "shkola" and "29". The database computes the same key in `kz_search_key()`.
 *
 * @example searchKey('Школа №29') // 'shkola 29'
 * @example searchKey('№47 "Ақ желкен" балабақшасы') // '47 ak zhelken balabakshasy'
 */
export function searchKey(text: string): string {
  return toSearchLatin(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/([a-z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([a-z])/g, '$1 $2')
    .trim();
}

/** The words of a search key. */
export function keyWords(key: string): string[] {
  return key === '' ? [] : key.split(' ');
}

/** True for a word of the key that is a whole number ("29"). */
export function isNumberWord(word: string): boolean {
  return /^[0-9]+$/.test(word);
}
