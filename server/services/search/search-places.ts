import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { haversineM } from '../../domain/routing/geo';
import { isNumberWord, keyWords } from '../../domain/search/search-key';
import { holdsOneOf, nameRelevance, parseTextArray, type WordVariant } from './word-variants';

/** A settlement or street to move the map to ("go to" results). */
export type PlaceHit =
  | {
      kind: 'settlement';
      id: number;
      name: string;
      names: { kk: string | null; ru: string | null; en: string | null };
      place: string;
      population: number | null;
      location: [number, number];
      relevance: number;
    }
  | {
      kind: 'street';
      id: number;
      name: string;
      city: string;
      /** A point on the street near its middle. */
      location: [number, number];
      /** [minLon, minLat, maxLon, maxLat] to fit the map to. */
      bbox: [number, number, number, number];
      relevance: number;
      distanceMetres: number | null;
    };

interface SettlementRow {
  id: string | number;
  name: string;
  name_kk: string | null;
  name_ru: string | null;
  name_en: string | null;
  place: string;
  population: number | null;
  lon: number;
  lat: number;
  search_words: string[] | string;
}

interface StreetRow {
  id: string | number;
  name: string;
  city: string;
  lon: number;
  lat: number;
  search_words: string[] | string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
}

/** Matches fetched per table before ranking. */
const CANDIDATES = 20;

/**
 * Settlements and streets whose names hold a variant of every word of `placeText` (numbers
 * exactly): the most relevant first, then settlements larger and streets nearer first.
 */
export async function searchPlaces(
  database: Database,
  placeText: string,
  variants: Map<string, WordVariant[]>,
  near: [number, number] | undefined,
  limit: number,
): Promise<PlaceHit[]> {
  const words = keyWords(placeText);
  const nameWords = words.filter((w) => !isNumberWord(w) && (variants.get(w) ?? []).length > 0);
  if (nameWords.length === 0) return [];
  const required = [...nameWords.map((w) => variants.get(w)!.map((v) => v.word)), ...words.filter(isNumberWord).map((n) => [n])];
  const where = (column: string) => sql.join(required.map((set) => holdsOneOf(column, set)), sql` AND `);
  const origin = near ? sql`ST_SetSRID(ST_MakePoint(${near[0]}, ${near[1]}), 4326)` : null;

  const [settlements, streets] = await Promise.all([
    database.rows<SettlementRow>(sql`
      SELECT s.id, s.name, s.name_kk, s.name_ru, s.name_en, s.place, s.population, ST_X(s.geom) AS lon, ST_Y(s.geom) AS lat, s.search_words
      FROM settlements s WHERE ${where('s.search_words')}
      ORDER BY s.population DESC NULLS LAST, s.id LIMIT ${CANDIDATES}`),
    database.rows<StreetRow>(sql`
      SELECT st.id, st.name, st.city, ST_X(mid) AS lon, ST_Y(mid) AS lat, st.search_words,
        ST_XMin(st.geom) AS min_lon, ST_YMin(st.geom) AS min_lat, ST_XMax(st.geom) AS max_lon, ST_YMax(st.geom) AS max_lat
      FROM (SELECT * FROM streets st WHERE ${where('st.search_words')} ORDER BY ${origin ? sql`st.geom <-> ${origin}` : sql`st.id`} LIMIT ${CANDIDATES}) st,
        LATERAL ST_ClosestPoint(st.geom, ST_Centroid(st.geom)) AS mid`),
  ]);

  const relevance = (row: { search_words: string[] | string }) => nameRelevance(new Set(parseTextArray(row.search_words)), nameWords, variants);
  const places: PlaceHit[] = [
    ...settlements.map((s) => ({
      kind: 'settlement' as const,
      id: Number(s.id),
      name: s.name,
      names: { kk: s.name_kk, ru: s.name_ru, en: s.name_en },
      place: s.place,
      population: s.population,
      location: [Number(s.lon), Number(s.lat)] as [number, number],
      relevance: relevance(s),
    })),
    ...streets
      .map((s) => ({
        kind: 'street' as const,
        id: Number(s.id),
        name: s.name,
        city: s.city,
        location: [Number(s.lon), Number(s.lat)] as [number, number],
        bbox: [Number(s.min_lon), Number(s.min_lat), Number(s.max_lon), Number(s.max_lat)] as [number, number, number, number],
        relevance: relevance(s),
        distanceMetres: near ? Math.round(haversineM(near, [Number(s.lon), Number(s.lat)])) : null,
      }))
      .sort((a, b) => (a.distanceMetres ?? 0) - (b.distanceMetres ?? 0)),
  ];
  // Stable: settlements stay in population order and streets in distance order within a relevance.
  return places.sort((a, b) => b.relevance - a.relevance).slice(0, limit);
}
