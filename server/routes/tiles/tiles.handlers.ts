import type { Context } from 'hono';
import { gunzipSync } from 'node:zlib';
import type { z } from 'zod';
import type { FacilityTiles } from '../../services/tiles/facility-tiles';
import type { TileParams } from './tiles.routes';

type TileContext = Context<object, string, { out: { param: z.output<typeof TileParams> } }>;

/**
 * One facility tile. Browsers may keep it but must ask again (no-cache): the answer is a 304
 * until an audit or an import changes a facility and with it the map version in the ETag.
 */
export function tileHandler(tiles: FacilityTiles) {
  return async (c: TileContext) => {
    const address = c.req.valid('param');
    c.header('Cache-Control', 'public, no-cache');
    c.header('Vary', 'Accept-Encoding');
    const { etag } = await tiles.currentEtag(address);
    if (ifNoneMatch(c.req.header('If-None-Match'), etag)) {
      c.header('ETag', etag);
      return c.body(null, 304);
    }
    const tile = await tiles.tile(address);
    c.header('ETag', tile.etag);
    c.header('Content-Type', 'application/vnd.mapbox-vector-tile');
    if (/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
      c.header('Content-Encoding', 'gzip');
      return c.body(tile.gzipped as Uint8Array<ArrayBuffer>);
    }
    return c.body(gunzipSync(tile.gzipped) as Uint8Array<ArrayBuffer>);
  };
}

/** If-None-Match holds this ETag (or "*"), compared weakly as RFC 9110 says for GET. */
function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
