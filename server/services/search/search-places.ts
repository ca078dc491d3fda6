import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';

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

/**
 * Settlements and streets whose names contain the query words, typos tolerated (trigram word
 * similarity on the search key): settlements larger first among equal matches, streets nearer
 * first when a position is given.
 */
export async function searchPlaces(database: Database, placeText: string, near: [number, number] | undefined, limit: number): Promise<PlaceHit[]> {
  if (placeText === '') return [];
  const origin = near ? sql`ST_SetSRID(ST_MakePoint(${near[0]}, ${near[1]}), 4326)` : null;
  const settlements = await database.rows<{
    id: string | number; name: string; name_kk: string | null; name_ru: string | null; name_en: string | null;
    place: string; population: number | null; lon: number; lat: number; relevance: number;
  }>(sql`
    SELECT s.id, s.name, s.name_kk, s.name_ru, s.name_en, s.place, s.population, ST_X(s.geom) AS lon, ST_Y(s.geom) AS lat,
      word_similarity(${placeText}, s.search_text) AS relevance
    FROM settlements s
    WHERE s.search_text %> ${placeText}
    ORDER BY relevance DESC, s.population DESC NULLS LAST, s.id
    LIMIT ${limit}`);
  const streets = await database.rows<{
    id: string | number; name: string; city: string; lon: number; lat: number;
    min_lon: number; min_lat: number; max_lon: number; max_lat: number; relevance: number; distance: number | null;
  }>(sql`
    SELECT st.id, st.name, st.city, ST_X(mid) AS lon, ST_Y(mid) AS lat,
      ST_XMin(st.geom) AS min_lon, ST_YMin(st.geom) AS min_lat, ST_XMax(st.geom) AS max_lon, ST_YMax(st.geom) AS max_lat,
      word_similarity(${placeText}, st.search_text) AS relevance,
      ${origin ? sql`ST_Distance(st.geom::geography, ${origin}::geography)` : sql`NULL::float8`} AS distance
    FROM streets st, LATERAL ST_ClosestPoint(st.geom, ST_Centroid(st.geom)) AS mid
    WHERE st.search_text %> ${placeText}
    ORDER BY relevance DESC, distance ASC NULLS LAST, st.id
    LIMIT ${limit}`);
  return [
    ...settlements.map((s) => ({
      kind: 'settlement' as const,
      id: Number(s.id),
      name: s.name,
      names: { kk: s.name_kk, ru: s.name_ru, en: s.name_en },
      place: s.place,
      population: s.population,
      location: [Number(s.lon), Number(s.lat)] as [number, number],
      relevance: round(s.relevance),
    })),
    ...streets.map((s) => ({
      kind: 'street' as const,
      id: Number(s.id),
      name: s.name,
      city: s.city,
      location: [Number(s.lon), Number(s.lat)] as [number, number],
      bbox: [Number(s.min_lon), Number(s.min_lat), Number(s.max_lon), Number(s.max_lat)] as [number, number, number, number],
      relevance: round(s.relevance),
      distanceMetres: s.distance === null ? null : Math.round(Number(s.distance)),
    })),
  ].sort((a, b) => b.relevance - a.relevance);
}

function round(value: number): number {
  return Math.round(Number(value) * 1000) / 1000;
}
