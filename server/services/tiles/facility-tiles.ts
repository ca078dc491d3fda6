import { gzipSync } from 'node:zlib';
import type { Database } from '../../../db/client';
import type { MapVersionSource } from './map-version';
import { renderFacilityTile } from './render-tile';
import { TileCache } from './tile-cache';
import type { TileAddress } from './tile-grid';

/** A facility tile as served: gzipped MVT bytes and the ETag of its map version. */
export interface ServedTile {
  etag: string;
  gzipped: Uint8Array;
}

/** Facility tiles of one process: the current map version decides ETags and what the cache holds. */
export interface FacilityTiles {
  /** The ETag tile z/x/y has now, without rendering it (answers If-None-Match). */
  currentEtag(tile: TileAddress): Promise<{ version: number; etag: string }>;
  tile(tile: TileAddress): Promise<ServedTile>;
}

/**
 * Facility tiles with an in-process cache keyed by the map version: a cached tile is served as
 * long as no facility changed since it was rendered.
 */
export function facilityTiles(database: Database, mapVersion: MapVersionSource, cacheBytes: number): FacilityTiles {
  const cache = new TileCache(cacheBytes);
  const currentEtag = async (tile: TileAddress) => {
    const version = await mapVersion.current();
    return { version, etag: `W/"${version}-${tile.z}-${tile.x}-${tile.y}"` };
  };
  return {
    currentEtag,
    async tile(tile) {
      const { version, etag } = await currentEtag(tile);
      const key = `${tile.z}/${tile.x}/${tile.y}`;
      let gzipped = cache.get(version, key);
      if (!gzipped) {
        gzipped = gzipSync(await renderFacilityTile(database, tile), { level: 6 });
        cache.set(version, key, gzipped);
      }
      return { etag, gzipped };
    },
  };
}
