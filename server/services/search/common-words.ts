import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { parseTextArray } from './word-variants';

/** How long the list is trusted before it is read again (ANALYZE renews it as the data changes). */
const KEEP_MS = 10 * 60_000;

const cache = new WeakMap<Database, { words: Set<string>; at: number }>();

/**
 * The words of facility names common enough to be among PostgreSQL's most common elements of
 * `search_words` (ANALYZE statistics; at the default statistics target, words of roughly 1 in 1,500
 * facilities or more). Empty where nothing was analysed, as in a fresh embedded database.
 */
export async function commonWords(database: Database): Promise<Set<string>> {
  const cached = cache.get(database);
  if (cached && Date.now() - cached.at < KEEP_MS) return cached.words;
  const [row] = await database.rows<{ elems: string | null }>(sql`
    SELECT most_common_elems::text AS elems FROM pg_stats
    WHERE schemaname = current_schema() AND tablename = 'facilities' AND attname = 'search_words'`);
  const words = new Set(row?.elems ? parseTextArray(row.elems) : []);
  cache.set(database, { words, at: Date.now() });
  return words;
}
