import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import type { ParsedQuery } from '../../domain/search/parse-query';
import { facilityColumns, toFeature, type FacilityFeature, type FacilityRow, type Group } from '../facilities/facility-feature';

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
    /** Ranking score: how well the name matches (0–1), plus a boost when the query named its category. */
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

/** A category named in a query with other words raises a facility this much above its name match. */
const NAMED_CATEGORY_BOOST = 0.25;
/** The nearest-first scan takes this many more rows than asked, re-sorted by true distance. */
const NEAREST_OVERFETCH = 3;

/**
 * Facilities matching a parsed query. With name words, the trigram index finds facilities whose
 * search key contains them (typos tolerated) and relevance is the word similarity; without
 * them, the categories and numbers of the query are filters and results come nearest first
 * straight from the spatial index. Either way numbers must appear as whole numbers in the name.
 */
export async function searchFacilities(database: Database, query: ParsedQuery, filters: FacilityFilters): Promise<FacilityHit[]> {
  const conditions = filterConditions(query, filters);
  const origin = filters.near ? sql`ST_SetSRID(ST_MakePoint(${filters.near[0]}, ${filters.near[1]}), 4326)` : null;
  const distance = origin ? sql`ST_Distance(f.geom::geography, ${origin}::geography)` : sql`NULL::float8`;
  const where = sql.join(conditions, sql` AND `);

  let rows: (FacilityRow & { relevance: number; distance: number | null })[];
  if (query.text !== '') {
    const boost = query.categories.length
      ? sql`CASE WHEN f.category IN (${sql.join(query.categories.map((c) => sql`${c}`), sql`, `)}) THEN ${NAMED_CATEGORY_BOOST}::float8 ELSE 0 END`
      : sql`0`;
    rows = await database.rows(sql`
      SELECT ${facilityColumns}, word_similarity(${query.text}, f.search_text) + ${boost} AS relevance, ${distance} AS distance
      FROM facilities f
      WHERE f.search_text %> ${query.text} AND ${where}
      ORDER BY relevance DESC, distance ASC NULLS LAST, f.id
      LIMIT ${filters.limit}`);
  } else if (origin) {
    rows = await database.rows(sql`
      SELECT * FROM (
        SELECT ${facilityColumns}, 1::float8 AS relevance, ${distance} AS distance
        FROM facilities f WHERE ${where}
        ORDER BY f.geom <-> ${origin}
        LIMIT ${filters.limit * NEAREST_OVERFETCH}
      ) nearest ORDER BY distance, id LIMIT ${filters.limit}`);
  } else {
    rows = await database.rows(sql`
      SELECT ${facilityColumns}, 1::float8 AS relevance, NULL::float8 AS distance
      FROM facilities f WHERE ${where} ORDER BY f.id LIMIT ${filters.limit}`);
  }
  return rows.map((row) => {
    const feature = toFeature(row);
    return {
      ...feature,
      properties: {
        ...feature.properties,
        relevance: Math.round(Number(row.relevance) * 1000) / 1000,
        distanceMetres: row.distance === null ? null : Math.round(Number(row.distance)),
      },
    };
  });
}

function filterConditions(query: ParsedQuery, filters: FacilityFilters): SQL[] {
  const conditions: SQL[] = [sql`TRUE`];
  const inList = (column: SQL, values: string[]) => sql`${column} IN (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;
  if (filters.categories?.length) conditions.push(inList(sql`f.category`, filters.categories));
  // Without name words the named categories are what the person asks for ("школа 29").
  if (query.text === '' && query.categories.length) conditions.push(inList(sql`f.category`, query.categories));
  if (query.numbers.length) {
    conditions.push(sql`f.search_numbers @> ARRAY[${sql.join(query.numbers.map((n) => sql`${n}`), sql`, `)}]::text[]`);
  }
  if (filters.statuses?.length && filters.group) conditions.push(inList(STATUS_COLUMNS[filters.group], filters.statuses));
  return conditions;
}
