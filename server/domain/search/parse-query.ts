import { categoryPhrases, type CategoryPhrase } from './category-words';
import { wordMatches } from './fuzzy';
import { isNumberWord, keyWords, searchKey } from './search-key';

/** What a typed query asks for, split into the parts search treats differently. */
export interface ParsedQuery {
  /** The whole query as a search key. */
  key: string;
  /** Categories the query names ("школа", "mektep", "school", "шкла"), in the order named. */
  categories: string[];
  /** Whole numbers in the query ("№ 29" → "29"): a facility's name must carry each of them. */
  numbers: string[];
  /** The other words but "street", "city" and the like, matched against facility names by trigram similarity ('' when none). */
  text: string;
  /** The query without words like "улица" or "city", matched against streets and settlements. */
  placeText: string;
}

/** Words that only say "number" before a number: "No 29", "номер 29", "нөмірі 29". */
const NUMBER_MARKERS = new Set(['no', 'nomer', 'nomeri', 'nr', 'n']);

/** Words naming the kind of street or settlement, not its name. */
const PLACE_KIND_WORDS = new Set(
  [
    'улица', 'ул', 'көшесі', 'көше', 'проспект', 'пр', 'даңғылы', 'переулок', 'пер', 'тұйық', 'бульвар',
    'шоссе', 'микрорайон', 'мкр', 'street', 'st', 'avenue', 'ave', 'lane',
    'road', 'boulevard', 'город', 'г', 'қаласы', 'қ', 'city', 'town', 'село', 'с', 'ауылы', 'ауыл', 'village',
    'посёлок', 'поселок', 'кенті', 'district', 'район', 'ауданы',
  ].flatMap((word) => keyWords(searchKey(word))),
);

/**
 * Splits a query into category names, numbers and the remaining name words, tolerating typos in
 * the category words. The last word may be unfinished (search as you type).
 *
 * @example parseQuery('Шкла №29') // {categories: ['school'], numbers: ['29'], text: '', ...}
 * @example parseQuery('Назарбаев мектебі') // {categories: ['school'], numbers: [], text: 'nazarbaev', ...}
 */
export function parseQuery(query: string): ParsedQuery {
  const key = searchKey(query);
  const words = keyWords(key);
  const categories: string[] = [];
  const numbers: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i];
    if (isNumberWord(word)) {
      if (!numbers.includes(word)) numbers.push(word);
      i++;
      continue;
    }
    if (NUMBER_MARKERS.has(word) && isNumberWord(words[i + 1] ?? '')) {
      i++;
      continue;
    }
    const phrase = categoryPhraseAt(words, i);
    if (phrase) {
      if (!categories.includes(phrase.category)) categories.push(phrase.category);
      i += phrase.words.length;
      continue;
    }
    rest.push(word);
    i++;
  }
  const placeWords = words.filter((word) => !PLACE_KIND_WORDS.has(word));
  // "Kenesary street" looks for things named Kenesary; "street" alone is still a word to find.
  const nameWords = rest.some((word) => !PLACE_KIND_WORDS.has(word)) ? rest.filter((word) => !PLACE_KIND_WORDS.has(word)) : rest;
  return { key, categories, numbers, text: nameWords.join(' '), placeText: placeWords.join(' ') };
}

function categoryPhraseAt(words: readonly string[], start: number): CategoryPhrase | undefined {
  return categoryPhrases.find((phrase) =>
    phrase.words.every((known, offset) => {
      const word = words[start + offset];
      return word !== undefined && wordMatches(word, known, start + offset === words.length - 1);
    }),
  );
}
