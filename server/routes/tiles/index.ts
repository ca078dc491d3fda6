import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { facilityTiles } from '../../services/tiles/facility-tiles';
import { mapVersionSource } from '../../services/tiles/map-version';
import { validate } from '../../validation';
import { tileHandler } from './tiles.handlers';
import { TileParams } from './tiles.routes';

/** GET /api/tiles/facilities/{z}/{x}/{y}.mvt: facilities as Mapbox Vector Tiles. */
export function tilesRoutes(deps: AppDeps) {
  const { database, env } = deps;
  const tiles = facilityTiles(database, mapVersionSource(database, env.DATABASE_URL), env.KEDERGISIZ_TILE_CACHE_MB * 1024 * 1024);
  return new Hono().get('/facilities/:z/:x/:y', validate('param', TileParams), tileHandler(tiles));
}
