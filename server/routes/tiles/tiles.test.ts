import { VectorTile } from '@mapbox/vector-tile';
import { sql } from 'drizzle-orm';
import { PbfReader } from 'pbf';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { loadRegistry } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { readEnv } from '../../env';
import { mapVersionSource, readMapVersion } from '../../services/tiles/map-version';
import { renderFacilityTile } from '../../services/tiles/render-tile';
import { countCellRange, morton16 } from '../../services/tiles/tile-grid';

/** The XYZ tile holding a position at zoom z (the slippy-map formula). */
function tileOf([lon, lat]: [number, number], z: number): { x: number; y: number } {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return {
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n),
  };
}

function decode(bytes: ArrayBuffer | Uint8Array) {
  const tile = new VectorTile(new PbfReader(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)));
  const layer = (name: string) => {
    const l = tile.layers[name];
    return l ? Array.from({ length: l.length }, (_, i) => l.feature(i)) : [];
  };
  return { layers: Object.keys(tile.layers), layer };
}

interface FacilityPoint {
  id: number;
  name: string | null;
  lonLat: [number, number];
}

describe.each(databaseKinds)('facility tiles on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let facilities: FacilityPoint[];
  let school29: FacilityPoint;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test' }) });
    const rows = await database.rows<{ id: string; name: string | null; lon: number; lat: number }>(
      sql`SELECT id, name, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM facilities`,
    );
    facilities = rows.map((r) => ({ id: Number(r.id), name: r.name, lonLat: [Number(r.lon), Number(r.lat)] }));
    school29 = facilities.find((f) => f.name === 'Школа №29')!;
  });
  afterAll(() => database?.close());

  const getTile = (path: string, headers: Record<string, string> = {}) => app.request(`/api/tiles/facilities/${path}`, { headers });

  it('carries each Astana facility of a zoom 14 tile with its names and status per group', async () => {
    const { x, y } = tileOf(school29.lonLat, 14);
    const res = await getTile(`14/${x}/${y}.mvt`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    const { layers, layer } = decode(await res.arrayBuffer());
    expect(layers).toEqual(['facilities']);
    const features = layer('facilities');
    const expected = facilities.filter((f) => {
      const t = tileOf(f.lonLat, 14);
      return t.x === x && t.y === y;
    });
    expect(expected.length).toBeGreaterThan(3);
    const ids = new Set(features.map((f) => f.id));
    expect(expected.every((f) => ids.has(f.id))).toBe(true);
    // The rest are facilities of the neighbouring tiles within the 64-unit buffer.
    expect(features.length - expected.length).toBeLessThan(expected.length);

    const school = features.find((f) => f.id === school29.id)!;
    expect(school.type).toBe(1);
    expect(school.properties).toMatchObject({
      id: school29.id, category: 'school', name: 'Школа №29', name_ru: 'Школа №29',
      wheelchair: 'unknown', mobility: 'unknown', vision: 'unknown', hearing: 'unknown', intellectual: 'unknown', audited: false,
    });
    const [lon] = school.toGeoJSON(x, y, 14).geometry.type === 'Point' ? (school.toGeoJSON(x, y, 14).geometry as any).coordinates : [];
    expect(lon).toBeCloseTo(school29.lonLat[0], 3);
  });

  it('aggregates low zooms into clusters whose counts add up to the facilities of the tile', async () => {
    for (const z of [8, 10, 11, 12, 13]) {
      const { x, y } = tileOf(school29.lonLat, z);
      const res = await getTile(`${z}/${x}/${y}.mvt`);
      const { layers, layer } = decode(await res.arrayBuffer());
      expect(layers, `z${z}`).toEqual(['clusters']);
      const clusters = layer('clusters').map((f) => f.properties as Record<string, number>);
      const inTile = facilities.filter((f) => {
        const t = tileOf(f.lonLat, z);
        return t.x === x && t.y === y;
      }).length;
      expect(clusters.reduce((n, c) => n + c.count, 0), `z${z}`).toBe(inTile);
      for (const c of clusters) {
        const wheelchair = ['accessible', 'partial', 'conditional', 'inaccessible', 'unknown'].reduce((n, s) => n + c[`wheelchair_${s}`], 0);
        expect(wheelchair).toBe(c.count);
        expect(c.audited).toBe(0);
      }
      if (z >= 11) expect(clusters.length, `z${z}`).toBeGreaterThan(1);
    }
  });

  it('answers 304 to a known ETag until an audit changes a status, then serves the new status', async () => {
    const { x, y } = tileOf(school29.lonLat, 15);
    const path = `15/${x}/${y}.mvt`;
    const first = await getTile(path);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"\d+-15-\d+-\d+"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect((await getTile(path, { 'If-None-Match': etag })).status).toBe(304);

    // What the audit submission does: the facility's current verdict columns change.
    await database.rows(sql`UPDATE facilities SET status_wheelchair = 'accessible', current_audit_id = 1, registry_code = 'К-Д' WHERE id = ${school29.id}`);
    const after = await getTile(path, { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const school = decode(await after.arrayBuffer()).layer('facilities').find((f) => f.id === school29.id)!;
    expect(school.properties).toMatchObject({ wheelchair: 'accessible', audited: true, registry_code: 'К-Д' });

    // Tiles elsewhere are invalidated too: the version is one for the whole map.
    const low = tileOf(school29.lonLat, 10);
    const cluster = decode(await (await getTile(`10/${low.x}/${low.y}.mvt`)).arrayBuffer()).layer('clusters');
    expect(cluster.reduce((n, f) => n + Number(f.properties.wheelchair_accessible), 0)).toBe(1);
  });

  it('numbers count cells in SQL as in TypeScript, and keeps them when facilities come and go', async () => {
    const sample = facilities.filter((_, i) => i % 50 === 0);
    const rows = await database.rows<{ id: string; cell: string }>(
      sql`SELECT id, kz_tile_cell16(ST_X(geom), ST_Y(geom)) AS cell FROM facilities WHERE id IN (${sql.join(sample.map((f) => sql`${f.id}`), sql`, `)})`,
    );
    for (const row of rows) {
      const f = sample.find((s) => s.id === Number(row.id))!;
      const { x, y } = tileOf(f.lonLat, 16);
      expect(Number(row.cell)).toBe(morton16(x, y));
    }
    const low = tileOf(school29.lonLat, 10);
    const [first, last] = countCellRange({ z: 10, ...low });
    const clusterTotal = async () => {
      const cells = decode(await (await getTile(`10/${low.x}/${low.y}.mvt`)).arrayBuffer()).layer('clusters');
      return cells.reduce((n, f) => n + Number(f.properties.count), 0);
    };
    const before = await clusterTotal();
    expect(before).toBe(facilities.filter((f) => { const t = tileOf(f.lonLat, 10); return t.x === low.x && t.y === low.y; }).length);
    const [cellSum] = await database.rows<{ n: string }>(sql`SELECT sum(count) AS n FROM facility_tile_cells WHERE cell BETWEEN ${first} AND ${last}`);
    expect(Number(cellSum.n)).toBe(before);
    await database.rows(sql`INSERT INTO facilities (source, source_id, category, geom) VALUES ('test', 'moved', 'school', ${`SRID=4326;POINT(${school29.lonLat[0]} ${school29.lonLat[1]})`})`);
    expect(await clusterTotal()).toBe(before + 1);
    await database.rows(sql`UPDATE facilities SET geom = 'SRID=4326;POINT(60 45)' WHERE source_id = 'moved'`);
    expect(await clusterTotal()).toBe(before);
    await database.rows(sql`DELETE FROM facilities WHERE source_id = 'moved'`);
    expect(await clusterTotal()).toBe(before);
  });

  it('sends tiles gzipped to clients that accept it', async () => {
    const { x, y } = tileOf(school29.lonLat, 14);
    const res = await getTile(`14/${x}/${y}.mvt`, { 'Accept-Encoding': 'gzip, deflate' });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const features = decode(gunzipSync(new Uint8Array(await res.arrayBuffer()))).layer('facilities');
    expect(features.some((f) => f.id === school29.id)).toBe(true);
  });

  it('serves an empty tile where there are no facilities', async () => {
    const res = await getTile('14/0/0.mvt');
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });

  it('names the parameter of a bad tile address', async () => {
    for (const [path, param] of [
      ['23/0/0.mvt', 'z'],
      ['a/0/0.mvt', 'z'],
      ['14/abc/0.mvt', 'x'],
      ['14/0/0.png', 'y'],
      ['14/16384/0.mvt', 'x'],
      ['2/0/4.mvt', 'y'],
      ['14/-1/0.mvt', 'x'],
    ]) {
      const res = await getTile(path);
      expect(res.status, path).toBe(400);
      const body = (await res.json()) as any;
      expect(body.error.problems.map((p: any) => p.path), path).toContain(param);
    }
  });

  it.runIf(kind === 'postgres')('encodes in TypeScript exactly what ST_AsMVT encodes', async () => {
    for (const z of [10, 13, 14, 16]) {
      const { x, y } = tileOf(school29.lonLat, z);
      const tile = { z, x, y };
      const fromPostgis = decode(await renderFacilityTile(database, tile, 'postgis'));
      const fromTypescript = decode(await renderFacilityTile(database, tile, 'typescript'));
      expect(fromTypescript.layers).toEqual(fromPostgis.layers);
      for (const name of fromPostgis.layers) {
        const shape = (f: any) => ({ id: f.id, properties: f.properties, geometry: f.loadGeometry() });
        expect(fromTypescript.layer(name).map(shape), `z${z} ${name}`).toEqual(fromPostgis.layer(name).map(shape));
      }
    }
  });
});

describe.runIf(databaseKinds.includes('postgres'))('map version announced by PostgreSQL', () => {
  it('reaches a listening process after commit, without a read per request', async () => {
    const database = await openTestDatabase('postgres');
    const [{ name }] = await database.rows<{ name: string }>(sql`SELECT current_database() AS name`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    const source = mapVersionSource(database, url.toString());
    try {
      const before = await source.current();
      await new Promise((resolve) => setTimeout(resolve, 200)); // the listener connects
      await database.rows(sql`INSERT INTO facilities (source, source_id, category, geom) VALUES ('test', 'notify', 'school', 'SRID=4326;POINT(71.4 51.1)')`);
      let after = await source.current();
      for (let i = 0; i < 50 && after === before; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        after = await source.current();
      }
      expect(after).toBe(before + 1);
      expect(after).toBe(await readMapVersion(database));
    } finally {
      await source.close();
      await database.close();
    }
  });
});
