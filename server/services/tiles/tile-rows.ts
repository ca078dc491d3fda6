import { sql, type SQL } from 'drizzle-orm';
import { GROUPS } from '../facilities/facility-feature';
import { CLUSTER_CELLS, TILE_BUFFER, TILE_EXTENT, type TileAddress, type TileBounds } from './tile-grid';

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
 * Facilities of the tile counted per grid cell, placed at their mean position. Each facility
 * falls in exactly one tile (the square is half-open), so the counts of a tile are its facilities.
 */
export function clusterRows(tile: TileAddress, bounds: TileBounds): TileRowsQuery {
  const cell = bounds.size / CLUSTER_CELLS;
  const statusCounts = GROUPS.flatMap((g) =>
    CLUSTER_STATUSES.map((s) => sql.raw(`count(*) FILTER (WHERE status_${g} = '${s}')::int AS ${g}_${s}`)),
  );
  return {
    layer: 'clusters',
    properties: CLUSTER_PROPERTIES,
    sql: sql`
      SELECT avg(mx) AS mx, avg(my) AS my, count(*)::int AS count, count(current_audit_id)::int AS audited,
        ${sql.join(statusCounts, sql`, `)}
      FROM (
        SELECT ${MERCATOR_X} AS mx, ${MERCATOR_Y} AS my, f.current_audit_id,
          ${sql.join(GROUPS.map((g) => sql.raw(`f.status_${g}`)), sql`, `)}
        FROM facilities f
        WHERE f.geom && ST_Transform(ST_TileEnvelope(${tile.z}, ${tile.x}, ${tile.y}), 4326)
      ) p
      WHERE mx >= ${bounds.minX}::float8 AND mx < ${bounds.maxX}::float8 AND my > ${bounds.minY}::float8 AND my <= ${bounds.maxY}::float8
      GROUP BY floor((mx - ${bounds.minX}::float8) / ${cell}::float8), floor((${bounds.maxY}::float8 - my) / ${cell}::float8)
      ORDER BY 1, 2`,
  };
}
