import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { loadRegistry } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { readEnv } from '../../env';

const ASTANA_BBOX = '71.2180,50.8576,71.7852,51.3511';

describe.each(databaseKinds)('facilities API on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test' }) });
  });
  afterAll(() => database?.close());

  const get = async (path: string) => {
    const res = await app.request(path);
    return { status: res.status, body: (await res.json()) as any };
  };

  it('returns Astana facilities with names, region and district', async () => {
    const { status, body } = await get(`/api/facilities?bbox=${ASTANA_BBOX}&limit=5000`);
    expect(status).toBe(200);
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.length).toBeGreaterThanOrEqual(1000);
    const inCity = body.features.filter((f: any) => f.properties.regionKato === '710000000');
    expect(inCity.length).toBeGreaterThanOrEqual(1000);
    expect(inCity.every((f: any) => /^7111|^7112|^7113|^7114|^7115/.test(f.properties.districtKato))).toBe(true);
    const school = body.features.find((f: any) => f.properties.name === 'Школа №29');
    expect(school.properties).toMatchObject({ category: 'school', names: { ru: 'Школа №29' }, regionKato: '710000000' });
    expect(school.properties.status).toMatchObject({ audited: false, groups: { wheelchair: 'unknown' } });
  });

  it('filters by category and honours the limit', async () => {
    const { body } = await get(`/api/facilities?bbox=${ASTANA_BBOX}&category=hospital,clinic&limit=10`);
    expect(body.features).toHaveLength(10);
    expect(body.truncated).toBe(true);
    expect(body.features.every((f: any) => ['hospital', 'clinic'].includes(f.properties.category))).toBe(true);
  });

  it('names the parameter of a bad request', async () => {
    for (const [query, param] of [
      ['bbox=71,51,70', 'bbox'],
      ['bbox=71,51,70,50', 'bbox'],
      ['bbox=a,b,c,d', 'bbox'],
      ['category=casino', 'category'],
      ['limit=0', 'limit'],
      ['limit=many', 'limit'],
    ]) {
      const { status, body } = await get(`/api/facilities?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.problems.map((p: any) => p.path), query).toContain(param);
    }
  });

  it('returns one facility with its region and district names, 400 for a bad id, 404 for an unknown one', async () => {
    const { body: list } = await get(`/api/facilities?bbox=${ASTANA_BBOX}&category=hospital&limit=1`);
    const id = list.features[0].id;
    const { status, body } = await get(`/api/facilities/${id}`);
    expect(status).toBe(200);
    expect(body.properties.region).toMatchObject({ kato: '710000000', names: { en: 'Astana (city)' } });
    expect(body.properties.district.names.kk).toBeTruthy();
    expect((await get('/api/facilities/abc')).status).toBe(400);
    expect((await get('/api/facilities/-1')).status).toBe(400);
    expect((await get('/api/facilities/99999999')).status).toBe(404);
  });

  it('lists regions with facility counts', async () => {
    const { status, body } = await get('/api/regions');
    expect(status).toBe(200);
    expect(body.regions).toHaveLength(20);
    const astana = body.regions.find((r: any) => r.kato === '710000000');
    expect(astana.names).toEqual({ kk: 'Астана (қала)', ru: 'Астана', en: 'Astana (city)' });
    expect(astana.facilities).toBeGreaterThanOrEqual(1000);
    const total = body.regions.reduce((n: number, r: any) => n + r.facilities, 0) + body.outsideAnyRegion;
    const { body: all } = await get('/api/facilities?limit=10000');
    expect(total).toBe(all.features.length);
  });

  it('answers unknown API paths with a JSON 404 and reports health', async () => {
    expect((await get('/api/nothing')).status).toBe(404);
    const { status, body } = await get('/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: kind });
  });
});
