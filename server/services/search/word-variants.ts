import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { wordCloseness } from '../../domain/search/fuzzy';

/** A word of facility names a query word may stand for, and how closely. */
export interface WordVariant {
  word: string;
  closeness: number;
}

/** Vocabulary words looked at per query word: the trigram candidates, best first. */
const CANDIDATES_PER_WORD = 40;
/** Variants kept per query word, closest first. */
const VARIANTS_PER_WORD = 12;

/**
 * The name words each query word may mean: vocabulary words close by trigrams (or starting with
 * the last, perhaps unfinished, word), kept when the typo rules of the search domain accept them.
 * A query word no facility name comes close to gets no variants.
 */
export async function findWordVariants(database: Database, words: readonly string[]): Promise<Map<string, WordVariant[]>> {
  const variants = new Map<string, WordVariant[]>(words.map((w) => [w, []]));
  if (words.length === 0) return variants;
  const last = words[words.length - 1];
  const rows = await database.rows<{ query_word: string; word: string }>(sql`
    SELECT q.w AS query_word, v.word
    FROM unnest(${`{${words.join(',')}}`}::text[]) AS q(w)
    CROSS JOIN LATERAL (
      SELECT word FROM search_vocabulary
      WHERE word % q.w OR (q.w = ${last} AND length(q.w) >= 4 AND word LIKE q.w || '%')
      ORDER BY similarity(word, q.w) DESC, word
      LIMIT ${CANDIDATES_PER_WORD}
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
