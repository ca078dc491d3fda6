import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { encodeTile, type TileValue } from './mvt-encoder';
import { FIRST_POINT_ZOOM, TILE_BUFFER, TILE_EXTENT, tileBounds, toTileCoordinates, type TileAddress } from './tile-grid';
import { clusterRows, pointRows, type TileRowsQuery } from './tile-rows';

/**
 * The facility tile z/x/y as Mapbox Vector Tile bytes: layer "clusters" below zoom 13, layer
 * "facilities" from it on. On PostgreSQL PostGIS encodes it (ST_AsMVTGeom + ST_AsMVT); on
 * PGlite, whose PostGIS is built without protobuf, the same rows are encoded here.
 */
export async function renderFacilityTile(
  database: Database,
  tile: TileAddress,
  encoder: 'postgis' | 'typescript' = database.kind === 'postgres' ? 'postgis' : 'typescript',
): Promise<Uint8Array> {
  const rows = tile.z < FIRST_POINT_ZOOM ? clusterRows(tile) : pointRows(tile);
  return encoder === 'postgis' ? encodeInPostgis(database, tile, rows) : encodeHere(database, tile, rows);
}

async function encodeInPostgis(database: Database, tile: TileAddress, rows: TileRowsQuery): Promise<Uint8Array> {
  const properties = sql.raw(rows.properties.map((p) => `r."${p}"`).join(', '));
  const featureId = rows.featureId ? sql`, ${rows.featureId}` : sql``;
  const [row] = await database.rows<{ tile: Uint8Array | null }>(sql`
    SELECT ST_AsMVT(t, ${rows.layer}, ${TILE_EXTENT}, 'geom'${featureId}) AS tile
    FROM (
      SELECT ${properties}${rows.featureId ? sql.raw(`, r."${rows.featureId}"`) : sql``},
        ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(r.mx, r.my), 3857), ST_TileEnvelope(${tile.z}, ${tile.x}, ${tile.y}), ${TILE_EXTENT}, ${TILE_BUFFER}, true) AS geom
      FROM (${rows.sql}) r
    ) t`);
  return row?.tile ? new Uint8Array(row.tile) : new Uint8Array(0);
}

async function encodeHere(database: Database, tile: TileAddress, rows: TileRowsQuery): Promise<Uint8Array> {
  const bounds = tileBounds(tile);
  const records = await database.rows<Record<string, unknown> & { mx: number; my: number }>(rows.sql);
  const features = records.flatMap((record) => {
    const [x, y] = toTileCoordinates(bounds, Number(record.mx), Number(record.my));
    if (x < -TILE_BUFFER || x > TILE_EXTENT + TILE_BUFFER || y < -TILE_BUFFER || y > TILE_EXTENT + TILE_BUFFER) return [];
    const properties: Record<string, TileValue> = {};
    for (const name of rows.properties) {
      properties[name] = rows.bigintProperties?.includes(name) ? Number(record[name]) : propertyValue(record[name]);
    }
    const id = rows.featureId ? Number(record[rows.featureId]) : undefined;
    return [{ id, x, y, properties }];
  });
  return encodeTile([{ name: rows.layer, extent: TILE_EXTENT, features }]);
}

function propertyValue(value: unknown): TileValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
