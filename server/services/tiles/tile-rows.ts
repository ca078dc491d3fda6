import { sql, type SQL } from 'drizzle-orm';
import { GROUPS } from '../facilities/facility-feature';
import { CLUSTER_CELLS, COUNT_CELL_ZOOM, countCellRange, TILE_BUFFER, TILE_EXTENT, type TileAddress } from './tile-grid';

/** Statuses counted in clusters, as the scoring module gives them (issue 3). */
export const CLUSTER_STATUSES = ['accessible', 'partial', 'conditional', 'inaccessible', 'unknown'] as const;

/** One layer's rows: Web Mercator `mx`, `my` and the named property columns. */
export interface TileRowsQuery {
  layer: 'facilities' | 'clusters';
  /** The columns that become feature properties, in order. */
  properties: readonly string[];
  /** The column that becomes the feature id, if any. */
  featureId?: string;
  /** Properties of type bigint, which some drivers return as strings. */
  bigintProperties?: readonly string[];
  sql: SQL;
}

// Web Mercator from longitude and latitude by formula: cheaper per row than ST_Transform.
const MERCATOR_X = sql`(ST_X(f.geom) * 20037508.342789244 / 180)`;
const MERCATOR_Y = sql`(ln(tan(radians(45 + LEAST(GREATEST(ST_Y(f.geom), -85.0511287798), 85.0511287798) / 2))) * 6378137)`;

export const POINT_PROPERTIES = [
  'id', 'category', 'name', 'name_kk', 'name_ru', 'name_en',
  ...GROUPS, 'audited', 'registry_code',
] as const;

/** Each facility in the tile and its buffer, with its names and status per group. */
export function pointRows(tile: TileAddress): TileRowsQuery {
  const margin = TILE_BUFFER / TILE_EXTENT;
  return {
    layer: 'facilities',
    properties: POINT_PROPERTIES,
    featureId: 'feature_id',
    bigintProperties: ['id'],
    sql: sql`
      SELECT ${MERCATOR_X} AS mx, ${MERCATOR_Y} AS my, f.id AS feature_id, f.id, f.category, f.name, f.name_kk, f.name_ru, f.name_en,
        ${sql.join(GROUPS.map((g) => sql.raw(`f.status_${g} AS ${g}`)), sql`, `)},
        f.current_audit_id IS NOT NULL AS audited, f.registry_code
      FROM facilities f
      WHERE f.geom && ST_Transform(ST_TileEnvelope(${tile.z}, ${tile.x}, ${tile.y}, margin => ${margin}::float8), 4326)
      ORDER BY f.id`,
  };
}

export const CLUSTER_PROPERTIES = [
  'count', 'audited',
  ...GROUPS.flatMap((g) => CLUSTER_STATUSES.map((s) => `${g}_${s}`)),
] as const;

/**
 * The tile's facilities counted per cell of an 8 × 8 grid, placed at their mean position, added up
 * from the zoom-16 count cells under the tile (kept by triggers, migration 0014). Each facility is
 * in exactly one count cell, so the counts of a tile are its facilities.
 */
export function clusterRows(tile: TileAddress): TileRowsQuery {
  const [first, last] = countCellRange(tile);
  // Count cells of one grid cell share the Morton number's leading bits.
  const gridShift = 2 * (COUNT_CELL_ZOOM - tile.z - Math.log2(CLUSTER_CELLS));
  const sums = CLUSTER_PROPERTIES.map((p) => sql.raw(`sum(c."${p}")::int AS "${p}"`));
  return {
    layer: 'clusters',
    properties: CLUSTER_PROPERTIES,
    sql: sql`
      SELECT sum(c.sum_mx) / sum(c.count) AS mx, sum(c.sum_my) / sum(c.count) AS my, ${sql.join(sums, sql`, `)}
      FROM facility_tile_cells c
      WHERE c.cell BETWEEN ${first} AND ${last}
      GROUP BY c.cell >> ${sql.raw(String(gridShift))}
      HAVING sum(c.count) > 0
      ORDER BY c.cell >> ${sql.raw(String(gridShift))}`,
  };
}
