import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { keyWords } from '../../domain/search/search-key';
import type { ParsedQuery } from '../../domain/search/parse-query';
import { facilityColumns, toFeature, type FacilityFeature, type FacilityRow, type Group } from '../facilities/facility-feature';
import { findWordVariants, type WordVariant } from './word-variants';

export interface FacilityFilters {
  /** Only these categories (the `category` parameter), whatever the query says. */
  categories?: string[];
  /** Only facilities whose status for `group` is one of these. */
  statuses?: string[];
  group?: Group;
  /** [lon, lat]: adds the distance and sorts nearer first among equally relevant results. */
  near?: [number, number];
  limit: number;
}

export type FacilityHit = FacilityFeature & {
  properties: FacilityFeature['properties'] & {
    /** How well the name matches the query's name words, 0–1 (1 without name words). */
    relevance: number;
    distanceMetres: number | null;
  };
};

const STATUS_COLUMNS: Record<Group, SQL> = {
  wheelchair: sql`f.status_wheelchair`,
  mobility: sql`f.status_mobility`,
  vision: sql`f.status_vision`,
  hearing: sql`f.status_hearing`,
  intellectual: sql`f.status_intellectual`,
};

/** Candidates fetched per result asked, then ranked by relevance and distance. */
const CANDIDATES_PER_RESULT = 3;

/**
 * Facilities matching a parsed query (docs/adr/0501). Every condition is a set of words of which a
 * facility's `search_words` must hold one: the variants of each name word, each number, the
 * categories. PostgreSQL then picks, from its statistics of those words, between the GIN index
 * (rare words) and the spatial index walked nearest first (common words). A category named along
 * with name words is tried as a filter first, the rest fill up after.
 */
export async function searchFacilities(database: Database, query: ParsedQuery, filters: FacilityFilters): Promise<FacilityHit[]> {
  const textWords = keyWords(query.text);
  const variants = await findWordVariants(database, textWords);
  const matchedWords = textWords.filter((w) => variants.get(w)!.length > 0);
  if (textWords.length > 0 && matchedWords.length === 0) return [];

  const required: string[][] = matchedWords.map((w) => variants.get(w)!.map((v) => v.word));
  for (const number of query.numbers) required.push([number]);
  if (filters.categories?.length) required.push(filters.categories.map((c) => `#${c}`));
  const named = query.categories.map((c) => `#${c}`);

  let found: Candidate[];
  if (named.length && textWords.length === 0) {
    found = await candidates(database, [...required, named], filters, true);
  } else {
    found = named.length ? await candidates(database, [...required, named], filters, true) : [];
    if (found.length < filters.limit) {
      const seen = new Set(found.map((c) => c.hit.id));
      found = [...found, ...(await candidates(database, required, filters)).filter((c) => !seen.has(c.hit.id))];
    }
  }
  return rank(found, textWords, variants).slice(0, filters.limit);
}

/** A facility that meets every condition, with the words of its names. */
interface Candidate {
  hit: FacilityHit;
  words: string[];
  /** Found with the category the query named as a filter. */
  preferred: boolean;
}

async function candidates(database: Database, required: string[][], filters: FacilityFilters, preferred = false): Promise<Candidate[]> {
  const conditions: SQL[] = required.map((words) => sql`f.search_words && ${`{${words.join(',')}}`}::text[]`);
  if (filters.statuses?.length && filters.group) {
    conditions.push(sql`${STATUS_COLUMNS[filters.group]} IN (${sql.join(filters.statuses.map((s) => sql`${s}`), sql`, `)})`);
    // Only audited facilities have a known status: their own spatial index serves the filter.
    if (!filters.statuses.includes('unknown')) conditions.push(sql`f.current_audit_id IS NOT NULL`);
  }
  const where = conditions.length ? sql.join(conditions, sql` AND `) : sql`TRUE`;
  const origin = filters.near ? sql`ST_SetSRID(ST_MakePoint(${filters.near[0]}, ${filters.near[1]}), 4326)` : null;
  const rows = await database.rows<FacilityRow & { search_words: string[] | string; distance: number | null }>(sql`
    SELECT ${facilityColumns}, f.search_words,
      ${origin ? sql`ST_Distance(f.geom::geography, ${origin}::geography)` : sql`NULL::float8`} AS distance
    FROM facilities f
    WHERE ${where}
    ORDER BY ${origin ? sql`f.geom <-> ${origin}` : sql`f.id`}
    LIMIT ${filters.limit * CANDIDATES_PER_RESULT}`);
  return rows.map((row) => {
    const feature = toFeature(row);
    const distanceMetres = row.distance === null ? null : Math.round(Number(row.distance));
    return { hit: { ...feature, properties: { ...feature.properties, relevance: 1, distanceMetres } }, words: parseTextArray(row.search_words), preferred };
  });
}

/**
 * Most relevant first (for each name word of the query, the closeness of the best variant the name
 * holds, averaged), then those of the category the query named, then nearest by true distance.
 * The sort is stable, so without a position candidates keep their id order.
 */
function rank(found: Candidate[], textWords: string[], variants: Map<string, WordVariant[]>): FacilityHit[] {
  const scored = found.map(({ hit, words, preferred }) => {
    const held = new Set(words);
    const relevance = textWords.length
      ? textWords.reduce((sum, w) => sum + Math.max(0, ...variants.get(w)!.filter((v) => held.has(v.word)).map((v) => v.closeness)), 0) / textWords.length
      : 1;
    return { preferred, hit: { ...hit, properties: { ...hit.properties, relevance: Math.round(relevance * 1000) / 1000 } } };
  });
  return scored
    .sort(
      (a, b) =>
        b.hit.properties.relevance - a.hit.properties.relevance ||
        Number(b.preferred) - Number(a.preferred) ||
        (a.hit.properties.distanceMetres ?? 0) - (b.hit.properties.distanceMetres ?? 0),
    )
    .map((s) => s.hit);
}

/** postgres.js returns text[] as an array; PGlite may return the literal `{a,b}`. */
function parseTextArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',').map((v) => v.replace(/^"|"$/g, '')) : [];
}
