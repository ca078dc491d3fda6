import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { dataFile, loadRegistry } from '../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../tests/support/test-database';
import { importBoundaries } from './boundaries';
import { importFacilities } from './facilities';
import { ImportError } from './import-error';

const scratch = mkdtempSync(join(tmpdir(), 'kz-import-'));
const writeJson = (name: string, value: unknown) => {
  const path = join(scratch, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const point = (id: string, lon: number, lat: number, props: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { category: 'school', source: 'test', source_id: id, name_ru: `Школа ${id}`, ...props },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

describe.each(databaseKinds)('importers on %s', (kind) => {
  let database: Database;
  const count = async (where = sql`TRUE`) =>
    (await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM facilities WHERE ${where}`))[0].n;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
  });
  afterAll(() => database?.close());

  it('imported the 20 current regions, 224 districts and the Astana facilities with their areas', async () => {
    const [areas] = await database.rows<{ regions: number; districts: number }>(
      sql`SELECT (SELECT count(*) FROM regions)::int AS regions, (SELECT count(*) FROM districts)::int AS districts`,
    );
    expect(areas).toEqual({ regions: 20, districts: 224 });
    expect(await count(sql`region_kato = '710000000'`)).toBeGreaterThanOrEqual(1000);
    expect(await count(sql`region_kato = '710000000' AND district_kato IS NULL`)).toBe(0);
  });

  it('re-importing updates facilities instead of duplicating them', async () => {
    const before = await count();
    const summary = await importFacilities(database, dataFile('astana-osm-facility-pois/pois_astana_osm.geojson'));
    expect(summary.created).toBe(0);
    expect(summary.updated).toBe(summary.imported);
    expect(await count()).toBe(before);

    const file = writeJson('renamed.geojson', { type: 'FeatureCollection', features: [point('r1', 71.43, 51.13)] });
    await importFacilities(database, file);
    writeJson('renamed.geojson', { type: 'FeatureCollection', features: [point('r1', 71.43, 51.13, { name_ru: 'Школа-лицей' })] });
    const again = await importFacilities(database, file);
    expect(again).toMatchObject({ imported: 1, created: 0, updated: 1 });
    const [row] = await database.rows<{ name_ru: string; n: number }>(
      sql`SELECT name_ru, count(*) OVER ()::int AS n FROM facilities WHERE source = 'test' AND source_id = 'r1'`,
    );
    expect(row).toEqual({ name_ru: 'Школа-лицей', n: 1 });
  });

  it('keeps and reports a facility outside every region', async () => {
    const file = writeJson('outside.geojson', {
      type: 'FeatureCollection',
      features: [point('bishkek', 74.6, 42.87), point('astana', 71.43, 51.13)],
    });
    const summary = await importFacilities(database, file);
    expect(summary.outsideAnyRegion).toEqual([{ source: 'test', sourceId: 'bishkek', name: 'Школа bishkek' }]);
    expect(await count(sql`source_id = 'bishkek' AND region_kato IS NULL`)).toBe(1);
  });

  it('gives a point on a shared border to the lowest KATO code, every time', async () => {
    const [vertex] = await database.rows<{ lon: number; lat: number; covering: string[] }>(sql`
      WITH v AS (SELECT (ST_DumpPoints(geom)).geom AS p FROM regions WHERE kato = '710000000' LIMIT 400)
      SELECT ST_X(p) AS lon, ST_Y(p) AS lat,
        (SELECT array_agg(kato ORDER BY kato) FROM regions r WHERE ST_Covers(r.geom, v.p)) AS covering
      FROM v WHERE (SELECT count(*) FROM regions r WHERE ST_Covers(r.geom, v.p)) > 1 LIMIT 1`);
    expect(vertex.covering.length).toBeGreaterThan(1);
    const file = writeJson('border.geojson', { type: 'FeatureCollection', features: [point('border', vertex.lon, vertex.lat)] });
    await importFacilities(database, file);
    const [row] = await database.rows<{ region_kato: string }>(sql`SELECT region_kato FROM facilities WHERE source_id = 'border'`);
    expect(row.region_kato).toBe(vertex.covering[0]);
  });

  it('refuses a bad file with its name and the failing feature, importing nothing of it', async () => {
    const before = await count();
    const notJson = writeJson('broken.geojson', '{"type": "FeatureCollection", "features": [');
    await expect(importFacilities(database, notJson)).rejects.toThrow(/broken\.geojson: not valid JSON/);

    const badFeature = writeJson('bad-feature.geojson', {
      type: 'FeatureCollection',
      features: [point('ok1', 71.4, 51.1), point('ok2', 71.41, 51.1), point('bad', 400, 51.1)],
    });
    const error = await importFacilities(database, badFeature).catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/bad-feature\.geojson, feature #2 .*longitude\/latitude/);
    expect(await count()).toBe(before);

    const unknownCategory = writeJson('category.geojson', { type: 'FeatureCollection', features: [point('c', 71.4, 51.1, { category: 'casino' })] });
    await expect(importFacilities(database, unknownCategory)).rejects.toThrow(/feature #0.*unknown category "casino"/);
    await expect(importFacilities(database, join(scratch, 'missing.geojson'))).rejects.toThrow(/missing\.geojson: cannot read the file/);
    expect(await count()).toBe(before);
  });

  it('refuses boundaries in the old 16-region layout instead of mis-assigning them', async () => {
    const error = await importBoundaries(database, dataFile('kz-admin1-naturalearth/ne_10m_admin_1_kaz.geojson')).catch((e) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/ne_10m_admin_1_kaz\.geojson, feature #0 .*KATO/);
    const [{ n }] = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM regions`);
    expect(n).toBe(20);
  });

  it('re-importing regions keeps the same 20 rows', async () => {
    const summary = await importBoundaries(database, dataFile('kz-boundaries-geokz-2024/kaz_admbnda_adm1_2024.geojson'));
    expect(summary).toMatchObject({ level: 'region', imported: 20 });
    const [{ n }] = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM regions`);
    expect(n).toBe(20);
  });
});
