import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { NotFoundError } from '../../errors';
import { basemapLayer, basemapLayers } from '../../services/basemap/basemap-layers';

const fontsDir = join(dirname(createRequire(import.meta.url).resolve('tileserver-gl-styles/package.json')), 'fonts');
const FONT_STACK = /^[A-Za-z ]+$/;
const GLYPH_RANGE = /^\d{1,5}-\d{1,5}$/;

/**
 * The offline basemap: GeoJSON layers from the database (cached per process, revalidated by
 * ETag) and the Noto Sans label glyphs, which cover every Kazakh letter.
 */
export function basemapRoutes(deps: AppDeps) {
  const cache = new Map<string, { body: string; etag: string; at: number }>();
  return new Hono()
    .get('/layers/:layer{[a-z]+\\.geojson}', async (c) => {
      const layer = c.req.param('layer').replace(/\.geojson$/, '');
      if (!basemapLayers.includes(layer)) throw new NotFoundError(`No basemap layer "${layer}"; layers: ${basemapLayers.join(', ')}`);
      let entry = cache.get(layer);
      if (!entry || Date.now() - entry.at > 60_000) {
        const body = await basemapLayer(deps.database, layer);
        entry = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"`, at: Date.now() };
        cache.set(layer, entry);
      }
      c.header('ETag', entry.etag);
      c.header('Cache-Control', 'public, max-age=300');
      if (c.req.header('If-None-Match') === entry.etag) return c.body(null, 304);
      c.header('Content-Type', 'application/geo+json');
      return c.body(entry.body);
    })
    .get('/glyphs/:stack/:range{[0-9]+-[0-9]+\\.pbf}', async (c) => {
      const stack = c.req.param('stack').split(',')[0];
      const range = c.req.param('range').replace(/\.pbf$/, '');
      if (!FONT_STACK.test(stack) || !GLYPH_RANGE.test(range)) throw new NotFoundError('No such glyph range');
      const file = await readFile(join(fontsDir, stack, `${range}.pbf`)).catch(() => null);
      if (!file) throw new NotFoundError(`No glyphs for font "${stack}" range ${range}`);
      c.header('Content-Type', 'application/x-protobuf');
      c.header('Cache-Control', 'public, max-age=86400, immutable');
      return c.body(file);
    });
}
