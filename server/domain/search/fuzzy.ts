/**
 * Edit distance between two words where swapping two neighbouring letters counts as one edit
 * (optimal string alignment), stopping early once it exceeds `max`: then `max + 1` is returned.
 *
 * @example editDistance('shkla', 'shkola', 2) // 1 (one letter missing)
 * @example editDistance('shkloa', 'shkola', 2) // 1 (two letters swapped)
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length], max + 1);
}

/** Typos allowed in a word of this length: none in short words, where one edit makes another word. */
export function allowedTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** Letters an inflected form may add to a known word: "мектептер", "школы", "schools", "аптеки". */
const MAX_ENDING = 4;
/** A word typed this far is taken as the start of a known word ("полик" → "поликлиника"). */
const MIN_TYPED_PREFIX = 4;

/**
 * How closely a query word (a search key word) stands for a known word, from 1 (the same word)
 * down, or null when it does not: the same word with a few typos, an inflected form of it
 * ("мектептер", "школы", "schools"), or, when `mayBeUnfinished` (the last word typed), its beginning.
 *
 * @example wordCloseness('shkola', 'shkola') // 1
 * @example wordCloseness('shkla', 'shkola') // 0.83 (one letter missing)
 * @example wordCloseness('polikl', 'poliklinika', true) // 0.55 (still typing)
 * @example wordCloseness('park', 'bank') // null
 */
export function wordCloseness(queryWord: string, known: string, mayBeUnfinished = false): number | null {
  if (queryWord === known) return 1;
  if (queryWord.length < MIN_TYPED_PREFIX) return null;
  const longer = Math.max(queryWord.length, known.length);
  if (queryWord.startsWith(known) && queryWord.length - known.length <= MAX_ENDING && known.length >= MIN_TYPED_PREFIX) {
    return known.length / longer;
  }
  if (mayBeUnfinished && known.startsWith(queryWord)) return queryWord.length / longer;
  const typos = allowedTypos(known.length);
  const distance = editDistance(queryWord, known, typos);
  return distance <= typos ? 1 - distance / longer : null;
}

/**
 * Whether a query word stands for a known word at all (see `wordCloseness`).
 *
 * @example wordMatches('shkla', 'shkola') // true (typo)
 * @example wordMatches('mektepter', 'mektep') // true (plural ending)
 * @example wordMatches('park', 'bank') // false
 */
export function wordMatches(queryWord: string, known: string, mayBeUnfinished = false): boolean {
  return wordCloseness(queryWord, known, mayBeUnfinished) !== null;
}
