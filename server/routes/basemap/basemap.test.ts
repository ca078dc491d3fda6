import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { importSettlements } from '../../import/settlements';
import { importStreets } from '../../import/streets';
import { demoFiles } from '../../import/demo';
import { dataFile, loadRegistry } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { readEnv } from '../../env';

describe.each(databaseKinds)('offline basemap on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    await importSettlements(database, dataFile(demoFiles.settlements));
    await importStreets(database, dataFile(demoFiles.streets));
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test' }) });
  });
  afterAll(() => database?.close());

  it('draws every layer from the imported data', async () => {
    const counts: Record<string, number> = {};
    for (const layer of ['country', 'regions', 'districts', 'settlements', 'streets']) {
      const res = await app.request(`/api/basemap/layers/${layer}.geojson`);
      expect(res.status, layer).toBe(200);
      counts[layer] = ((await res.json()) as { features: unknown[] }).features.length;
    }
    expect(counts).toMatchObject({ country: 1, regions: 20, districts: 224 });
    expect(counts.settlements).toBeGreaterThan(8000);
    expect(counts.streets).toBeGreaterThan(1400);
  });

  it('revalidates a layer by ETag and refuses unknown layers', async () => {
    const first = await app.request('/api/basemap/layers/regions.geojson');
    const etag = first.headers.get('ETag')!;
    const again = await app.request('/api/basemap/layers/regions.geojson', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect((await app.request('/api/basemap/layers/secret.geojson')).status).toBe(404);
  });

  it('serves label glyphs that cover Kazakh letters', async () => {
    // ә (U+04D9), ғ (U+0493), қ (U+049B), ң (U+04A3), ө (U+04E9), ұ (U+04B1), ү (U+04AF), һ (U+04BB), і (U+0456) lie in 1024-1279.
    const res = await app.request('/api/basemap/glyphs/Noto%20Sans%20Regular/1024-1279.pbf');
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    expect((await app.request('/api/basemap/glyphs/..%2F..%2Fetc/0-255.pbf')).status).toBe(404);
  });
});
