import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { wordCloseness } from '../../domain/search/fuzzy';

/** A word of facility, street or settlement names a query word may stand for, and how closely. */
export interface WordVariant {
  word: string;
  closeness: number;
}

/** Vocabulary words looked at per query word: the closest by trigrams, and the first by prefix. */
const CANDIDATES_PER_WORD = 30;
/** Variants kept per query word, closest first. */
const VARIANTS_PER_WORD = 12;

/**
 * The name words each query word may mean: vocabulary words nearest by trigram distance (GiST) and,
 * for the word typed last (`unfinished`, perhaps not finished yet), the words it begins; kept when the
 * typo rules of the search domain accept them. A query word no name comes close to gets no variants.
 */
export async function findWordVariants(database: Database, words: readonly string[], unfinished?: string): Promise<Map<string, WordVariant[]>> {
  const variants = new Map<string, WordVariant[]>(words.map((w) => [w, []]));
  if (words.length === 0) return variants;
  const last = unfinished ?? '';
  const rows = await database.rows<{ query_word: string; word: string }>(sql`
    SELECT q.w AS query_word, v.word
    FROM unnest(${`{${words.join(',')}}`}::text[]) AS q(w)
    CROSS JOIN LATERAL (
      (SELECT word FROM search_vocabulary ORDER BY word <-> q.w LIMIT ${CANDIDATES_PER_WORD})
      UNION
      (SELECT word FROM search_vocabulary WHERE q.w = ${last} AND length(q.w) >= 4 AND word LIKE q.w || '%' ORDER BY word LIMIT ${CANDIDATES_PER_WORD})
    ) v`);
  for (const row of rows) {
    const closeness = wordCloseness(row.query_word, row.word, row.query_word === last);
    if (closeness !== null) variants.get(row.query_word)!.push({ word: row.word, closeness });
  }
  for (const list of variants.values()) {
    list.sort((a, b) => b.closeness - a.closeness || a.word.localeCompare(b.word));
    list.splice(VARIANTS_PER_WORD);
  }
  return variants;
}

/** Relevance of a name: for each query word, the closeness of the best variant it holds, averaged (1 without words). */
export function nameRelevance(held: ReadonlySet<string>, queryWords: readonly string[], variants: Map<string, WordVariant[]>): number {
  if (queryWords.length === 0) return 1;
  const total = queryWords.reduce((sum, w) => sum + Math.max(0, ...(variants.get(w) ?? []).filter((v) => held.has(v.word)).map((v) => v.closeness)), 0);
  return Math.round((total / queryWords.length) * 1000) / 1000;
}

/** postgres.js returns text[] as an array; PGlite may return the literal `{a,b}`. */
export function parseTextArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',').map((v) => v.replace(/^"|"$/g, '')) : [];
}

/** `column && '{a,b}'`: the row holds at least one of the words (words are a-z, 0-9 and '#:' only). */
export function holdsOneOf(column: string, words: readonly string[]) {
  return sql`${sql.raw(column)} && ${`{${words.map((w) => `"${w}"`).join(',')}}`}::text[]`;
}
