import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { loadRegistry } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { currentChecklist } from '../../domain/checklist';
import { pharmacy, polyclinic } from '../../domain/scoring/test-audits';
import { readEnv } from '../../env';
import { client, signedInClient } from '../session/test-session';

describe.each(databaseKinds)('GET /api/osm-tags on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let ids: { polyclinic: number; pharmacy: number; stale: number; undecided: number; akmola: number };
  let sourceIds: Record<number, string>;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test', KEDERGISIZ_STORAGE_DIR: '.data/test-storage' }) });
    const inspector = await signedInClient(app, database, { email: 'osm@example.kz', regions: ['710000000', '110000000'], displayName: 'Ержан' });
    const astana = await database.rows<{ id: number; source_id: string }>(sql`SELECT id, source_id FROM facilities WHERE region_kato = '710000000' ORDER BY id LIMIT 4`);
    const [akmola] = await database.rows<{ id: number; source_id: string }>(sql`SELECT id, source_id FROM facilities WHERE region_kato = '110000000' ORDER BY id LIMIT 1`);
    ids = { polyclinic: Number(astana[0].id), pharmacy: Number(astana[1].id), stale: Number(astana[2].id), undecided: Number(astana[3].id), akmola: Number(akmola.id) };
    sourceIds = Object.fromEntries([...astana, akmola].map((r) => [Number(r.id), r.source_id]));
    const submit = async (facilityId: number, answers: object, auditedAt = new Date().toISOString()) => {
      const res = await inspector.json(`/api/facilities/${facilityId}/audits`, {
        method: 'POST',
        headers: { 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ checklistVersion: currentChecklist.version, answers, auditedAt, photos: [] }),
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    };
    await submit(ids.polyclinic, polyclinic);
    await submit(ids.pharmacy, pharmacy);
    await submit(ids.stale, polyclinic, new Date(Date.now() - 4 * 365.25 * 86_400_000).toISOString());
    await submit(ids.undecided, { 'entrance.door_width': 0.95 });
    await submit(ids.akmola, polyclinic);
    // The pharmacy's map entry says wheelchair=no, and its audit was stored before results carried the tags.
    await database.rows(sql`UPDATE facilities SET attributes = attributes || '{"wheelchair": "no"}'::jsonb WHERE id = ${ids.pharmacy}`);
    await database.rows(sql`UPDATE audits SET result = result - 'osm' WHERE facility_id = ${ids.pharmacy}`);
  });
  afterAll(() => database?.close());

  it('suggests the tags that fresh audits decide, beside what is mapped, and leaves out stale and undecided ones', async () => {
    const res = await client(app).json('/api/osm-tags');
    expect(res.status).toBe(200);
    expect(res.body.attribution).toMatch(/OpenStreetMap contributors/);
    const suggestions = res.body.suggestions;
    expect(suggestions.map((s: { facilityId: number }) => s.facilityId)).toEqual([ids.polyclinic, ids.pharmacy, ids.akmola].sort((a, b) => a - b));
    const byId = Object.fromEntries(suggestions.map((s: { facilityId: number }) => [s.facilityId, s]));
    expect(byId[ids.polyclinic]).toMatchObject({
      osmId: sourceIds[ids.polyclinic],
      tags: { wheelchair: 'yes', toiletsWheelchair: 'yes' },
      mapped: { wheelchair: null, toiletsWheelchair: null },
      changed: true,
    });
    expect(byId[ids.pharmacy]).toMatchObject({ tags: { wheelchair: 'limited', toiletsWheelchair: null }, mapped: { wheelchair: 'no' }, changed: true });
  });

  it('keeps to one region', async () => {
    const res = await client(app).json('/api/osm-tags?region=110000000');
    expect(res.body.suggestions.map((s: { facilityId: number }) => s.facilityId)).toEqual([ids.akmola]);
  });

  it('exports the same rows as CSV and GeoJSON', async () => {
    const csv = await app.request('/api/osm-tags?format=csv&region=710000000');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="kedergisiz-osm-tags-710000000-\d{4}-\d\d-\d\d\.csv"/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('osm_id,facility_id,name,category,lon,lat,audited_on,wheelchair,toilets:wheelchair,mapped_wheelchair,mapped_toilets:wheelchair,changed');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(new RegExp(`^${sourceIds[ids.pharmacy]},${ids.pharmacy},.*,limited,,no,,yes$`));

    const geojson = await app.request('/api/osm-tags?format=geojson');
    expect(geojson.headers.get('content-type')).toMatch(/^application\/geo\+json/);
    const collection = await geojson.json();
    expect(collection.features).toHaveLength(3);
    expect(collection.features.find((f: { id: number }) => f.id === ids.polyclinic).properties.tags).toEqual({ wheelchair: 'yes', 'toilets:wheelchair': 'yes' });
  });

  it('answers 400 naming a wrong parameter', async () => {
    for (const [query, path] of [['region=71', 'region'], ['format=xlsx', 'format'], ['colour=red', 'colour']]) {
      const res = await client(app).json(`/api/osm-tags?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.problems.map((p: { path: string }) => p.path)).toContain(path);
    }
  });
});
