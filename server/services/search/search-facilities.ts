import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import type { ParsedQuery } from '../../domain/search/parse-query';
import { keyWords } from '../../domain/search/search-key';
import { facilityColumns, toFeature, type FacilityFeature, type FacilityRow, type Group } from '../facilities/facility-feature';
import { haversineM } from '../../domain/routing/geo';
import { commonWords } from './common-words';
import { cellsAround } from './search-cells';
import { holdsOneOf, nameRelevance, parseTextArray, type WordVariant } from './word-variants';

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
    /** How closely the name holds the query's name words, 0–1 (1 without name words). */
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

/** One search pass: the word sets a facility must hold one word of each, and whether it is preferred. */
interface Pass {
  required: string[][];
  preferred: boolean;
}

/** A facility that meets every condition of a pass, with the words of its names. */
interface Candidate {
  hit: FacilityHit;
  words: Set<string>;
  preferred: boolean;
}

/**
 * Facilities matching a parsed query (docs/adr/0501). Every condition is a set of words of which a
 * facility's `search_words` must hold one: the variants of each name word, each number, the
 * categories, the statuses ('#wheelchair:accessible'), the grid cells around `near`. So each search
 * is one GIN lookup, or, when PostgreSQL's word statistics say the words are common, a walk of the
 * spatial index nearest first. Near a position the cells around it are searched first and the rest
 * of the country fills up; a category named with name words is tried as a filter first.
 */
export async function searchFacilities(database: Database, query: ParsedQuery, filters: FacilityFilters, variants: Map<string, WordVariant[]>): Promise<FacilityHit[]> {
  const textWords = keyWords(query.text);
  const matched = textWords.filter((w) => (variants.get(w) ?? []).length > 0);
  if (textWords.length > 0 && matched.length === 0) return [];

  const required: string[][] = matched.map((w) => variants.get(w)!.map((v) => v.word));
  for (const number of query.numbers) required.push([number]);
  if (filters.categories?.length) required.push(filters.categories.map((c) => `#${c}`));
  const countsUnknown = filters.statuses?.includes('unknown') ?? false;
  if (filters.statuses?.length && filters.group && !countsUnknown) required.push(filters.statuses.map((s) => `#${filters.group}:${s}`));
  const named = query.categories.map((c) => `#${c}`);

  const passes: Pass[] = [];
  if (named.length) passes.push({ required: [...required, named], preferred: true });
  if (!named.length || textWords.length > 0) passes.push({ required, preferred: false });

  const found = new Map<number, Candidate>();
  const add = (list: Candidate[]) => list.forEach((c) => found.has(c.hit.id) || found.set(c.hit.id, c));
  const common = filters.near ? await commonWords(database) : new Set<string>();
  for (const pass of passes) {
    if (found.size >= filters.limit) break;
    const anywhere = (nearestFirst: boolean) => candidates(database, pass.required, filters, pass.preferred, nearestFirst);
    const around = () => candidates(database, [...pass.required, cellsAround(filters.near!)], filters, pass.preferred, true);
    if (!filters.near) {
      add(await anywhere(false));
    } else if (pass.required.every((words) => words.some((w) => common.has(w)))) {
      // Many matches: the nearest are around the person; the rest of the country only fills up.
      const near = await around();
      add(near);
      if (near.length < filters.limit) add(await anywhere(false));
    } else {
      // A rare word: its matches in the country are few, and nearest first is a sort of them.
      add(await anywhere(true));
    }
  }
  return rank([...found.values()], textWords, variants).slice(0, filters.limit);
}

async function candidates(database: Database, required: string[][], filters: FacilityFilters, preferred: boolean, nearestFirst: boolean): Promise<Candidate[]> {
  const conditions: SQL[] = required.map((words) => holdsOneOf('f.search_words', words));
  if (filters.statuses?.includes('unknown') && filters.group) {
    conditions.push(sql`${STATUS_COLUMNS[filters.group]} IN (${sql.join(filters.statuses.map((s) => sql`${s}`), sql`, `)})`);
  }
  const origin = filters.near ? sql`ST_SetSRID(ST_MakePoint(${filters.near[0]}, ${filters.near[1]}), 4326)` : null;
  // Not nearest first when the matches are common and far: walking the spatial index to them would
  // visit everything in between. Those candidates are sorted by distance when ranked.
  const order = origin && nearestFirst ? sql`ORDER BY f.geom <-> ${origin}` : sql``;
  const rows = await database.rows<FacilityRow & { search_words: string[] | string }>(sql`
    SELECT ${facilityColumns}, f.search_words
    FROM facilities f
    WHERE ${conditions.length ? sql.join(conditions, sql` AND `) : sql`TRUE`}
    ${order}
    LIMIT ${filters.limit * CANDIDATES_PER_RESULT}`);
  return rows.map((row) => {
    const feature = toFeature(row);
    // Great-circle distance here rather than ST_Distance on geography, whose set-up costs ~15 ms a query.
    const distanceMetres = filters.near ? Math.round(haversineM(filters.near, feature.geometry.coordinates)) : null;
    return { hit: { ...feature, properties: { ...feature.properties, relevance: 1, distanceMetres } }, words: new Set(parseTextArray(row.search_words)), preferred };
  });
}

/** Most relevant first, then those of the category the query named, then nearest (else by id). */
function rank(found: Candidate[], textWords: string[], variants: Map<string, WordVariant[]>): FacilityHit[] {
  return found
    .map((c) => ({ ...c, relevance: nameRelevance(c.words, textWords, variants) }))
    .sort(
      (a, b) =>
        b.relevance - a.relevance ||
        Number(b.preferred) - Number(a.preferred) ||
        (a.hit.properties.distanceMetres ?? 0) - (b.hit.properties.distanceMetres ?? 0) ||
        a.hit.id - b.hit.id,
    )
    .map((c) => ({ ...c.hit, properties: { ...c.hit.properties, relevance: c.relevance } }));
}
