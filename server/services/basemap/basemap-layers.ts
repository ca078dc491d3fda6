import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';

/**
 * The offline basemap's layers, drawn from the project's own tables as GeoJSON. Polygons are
 * simplified for display (about 100 m), which is plenty below street zoom.
 */
const LAYER_QUERIES: Record<string, SQL> = {
  // The regions gathered into one multipolygon. Not ST_Union: in PGlite's PostGIS build it
  // returns no row at all, and the land fill needs no dissolved inner borders.
  country: sql`
    SELECT json_build_object('type', 'Feature', 'properties', json_build_object(),
      'geometry', ST_AsGeoJSON(ST_CollectionExtract(ST_Collect(ST_SimplifyPreserveTopology(geom, 0.001)), 3), 5)::json) AS feature
    FROM regions HAVING count(*) > 0`,
  regions: sql`
    SELECT json_build_object('type', 'Feature', 'id', kato::bigint,
      'properties', json_build_object('kato', kato, 'name_kk', name_kk, 'name_ru', name_ru, 'name_en', name_en),
      'geometry', ST_AsGeoJSON(ST_SimplifyPreserveTopology(geom, 0.001), 5)::json) AS feature
    FROM regions`,
  districts: sql`
    SELECT json_build_object('type', 'Feature', 'id', kato::bigint,
      'properties', json_build_object('kato', kato, 'region', region_kato, 'name_kk', name_kk, 'name_ru', name_ru, 'name_en', name_en),
      'geometry', ST_AsGeoJSON(ST_SimplifyPreserveTopology(geom, 0.001), 5)::json) AS feature
    FROM districts`,
  settlements: sql`
    SELECT json_build_object('type', 'Feature',
      'properties', json_build_object('name', name, 'name_kk', coalesce(name_kk, name), 'name_ru', coalesce(name_ru, name),
        'name_en', coalesce(name_en, name), 'place', place, 'population', population,
        'rank', CASE place WHEN 'city' THEN 1 WHEN 'town' THEN 2 WHEN 'village' THEN 3 ELSE 4 END),
      'geometry', ST_AsGeoJSON(geom, 5)::json) AS feature
    FROM settlements ORDER BY population DESC NULLS LAST`,
  streets: sql`
    SELECT json_build_object('type', 'Feature', 'properties', json_build_object('name', name),
      'geometry', ST_AsGeoJSON(geom, 6)::json) AS feature
    FROM streets`,
};

export const basemapLayers = Object.keys(LAYER_QUERIES);

/** One basemap layer as GeoJSON text. */
export async function basemapLayer(database: Database, layer: string): Promise<string> {
  const rows = await database.rows<{ feature: unknown }>(LAYER_QUERIES[layer]);
  const features = rows.map((r) => (typeof r.feature === 'string' ? r.feature : JSON.stringify(r.feature)));
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}
