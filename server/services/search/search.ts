import type { Database } from '../../../db/client';
import { parseQuery } from '../../domain/search/parse-query';
import { isNumberWord, keyWords } from '../../domain/search/search-key';
import { searchFacilities, type FacilityFilters, type FacilityHit } from './search-facilities';
import { searchPlaces, type PlaceHit } from './search-places';
import { findWordVariants } from './word-variants';

export interface SearchRequest extends FacilityFilters {
  q?: string;
}

export interface SearchResult {
  /** How the query was read, so the interface can say "schools named 29". */
  query: { q: string; key: string; categories: string[]; numbers: string[]; text: string };
  facilities: FacilityHit[];
  /** Settlements and streets to go to; only when the query has words besides categories and numbers. */
  places: PlaceHit[];
}

/** At most this many "go to" places beside the facilities. */
const PLACE_LIMIT = 5;

/** Facilities and places for a query typed in any script, with the filters of the map. */
export async function search(database: Database, request: SearchRequest): Promise<SearchResult> {
  const q = request.q ?? '';
  const parsed = parseQuery(q);
  const lookedUp = parsed.text === '' ? [] : [...new Set([...keyWords(parsed.text), ...keyWords(parsed.placeText)])].filter((w) => !isNumberWord(w));
  const variants = await findWordVariants(database, lookedUp, keyWords(parsed.key).at(-1));
  // Separate connections on PostgreSQL: the place lookups run while facilities are searched.
  const [facilities, places] = await Promise.all([
    searchFacilities(database, parsed, request, variants),
    parsed.text === '' ? [] : searchPlaces(database, parsed.placeText, variants, request.near, PLACE_LIMIT),
  ]);
  return {
    query: { q, key: parsed.key, categories: parsed.categories, numbers: parsed.numbers, text: parsed.text },
    facilities,
    places,
  };
}
