import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { facilityColumns, toFeature, type FacilityFeature, type FacilityRow } from './facility-feature';

export interface FacilityQuery {
  bbox?: [number, number, number, number];
  categories?: string[];
  limit: number;
}

export interface FacilityCollection {
  type: 'FeatureCollection';
  features: FacilityFeature[];
  /** True when more facilities match than `limit` allowed. */
  truncated: boolean;
}

/** Facilities inside a bounding box (GiST index), optionally of some categories, in id order. */
export async function listFacilities(database: Database, query: FacilityQuery): Promise<FacilityCollection> {
  const conditions = [sql`TRUE`];
  if (query.bbox) {
    const [minLon, minLat, maxLon, maxLat] = query.bbox;
    conditions.push(sql`f.geom && ST_MakeEnvelope(${minLon}, ${minLat}, ${maxLon}, ${maxLat}, 4326)`);
  }
  if (query.categories?.length) {
    conditions.push(sql`f.category IN (${sql.join(query.categories.map((c) => sql`${c}`), sql`, `)})`);
  }
  const rows = await database.rows<FacilityRow>(sql`
    SELECT ${facilityColumns} FROM facilities f
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY f.id LIMIT ${query.limit + 1}`);
  return {
    type: 'FeatureCollection',
    features: rows.slice(0, query.limit).map(toFeature),
    truncated: rows.length > query.limit,
  };
}
