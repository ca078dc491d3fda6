import { sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { loadRegistry } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { currentChecklist } from '../../domain/checklist';
import { readEnv } from '../../env';
import { client, signedInClient, type Client } from '../session/test-session';

/** A 75 cm entrance door up a 30 cm step with no ramp: the wheelchair verdict is known (not accessible). */
const NARROW_STEPPED_ENTRANCE = {
  'entrance.level_change': 0.3,
  'entrance.stepfree_means': 'none',
  'entrance.door_width': 0.75,
  'service.remote': 'no',
  'service.hearing_loop': 'yes',
};
const png = readFileSync(new URL('../../services/photos/fixtures/door.png', import.meta.url));
const jpeg = readFileSync(new URL('../../services/photos/fixtures/door.jpg', import.meta.url));

describe.each(databaseKinds)('GET /api/facilities/:id/accessibility on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let inspector: Client;
  let astana: number[];
  let photo: string;
  let unpublished: string;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test', KEDERGISIZ_STORAGE_DIR: '.data/test-storage' }) });
    inspector = await signedInClient(app, database, { email: 'needs@example.kz', regions: ['710000000'], displayName: 'Асель' });
    const rows = await database.rows<{ id: number }>(sql`SELECT id FROM facilities WHERE region_kato = '710000000' ORDER BY id LIMIT 3`);
    astana = rows.map((r) => Number(r.id));
    const upload = (bytes: Buffer) => inspector.json('/api/photos', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: new Uint8Array(bytes) });
    photo = (await upload(png)).body.sha256;
    unpublished = (await upload(jpeg)).body.sha256;
    const submit = (facilityId: number, answers: object, auditedAt: string, photos: object[] = []) =>
      inspector.json(`/api/facilities/${facilityId}/audits`, {
        method: 'POST',
        headers: { 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({ checklistVersion: currentChecklist.version, answers, auditedAt, photos, note: 'ключ у охранника' }),
      });
    expect((await submit(astana[0], NARROW_STEPPED_ENTRANCE, new Date().toISOString(), [{ itemId: 'entrance.door_width', sha256: photo }])).status).toBe(201);
    const fourYearsAgo = new Date(Date.now() - 4 * 365.25 * 86_400_000).toISOString();
    expect((await submit(astana[1], NARROW_STEPPED_ENTRANCE, fourYearsAgo)).status).toBe(201);
  });
  afterAll(() => database?.close());

  it('shows residents, without an account, the verdict zone by zone, failures with measured values, answers and photos', async () => {
    const res = await client(app).json(`/api/facilities/${astana[0]}/accessibility`);
    expect(res.status).toBe(200);
    const audit = res.body.audit;
    expect(audit).toMatchObject({ checklistVersion: currentChecklist.version, stale: false, photos: [{ itemId: 'entrance.door_width', sha256: photo }] });
    const wheelchair = audit.groups.wheelchair;
    expect(wheelchair.status).toBe('inaccessible');
    expect(Object.keys(wheelchair.zones)).toEqual(['approach', 'site', 'entrance', 'inside', 'service', 'sanitary', 'information']);
    expect(wheelchair.zones.entrance.status).toBe('inaccessible');
    const door = wheelchair.failures.find((f: { item: string }) => f.item === 'entrance.door_width');
    expect(door).toMatchObject({ zone: 'entrance', value: 0.75, threshold: '≥ 0.9 m', severity: 'critical' });
    expect(audit.answers['entrance.door_width']).toBe(0.75);
  });

  it('gives the OSM / Wheelmap tags, also for an audit stored before they existed', async () => {
    // A 30 cm step and a 75 cm door: wheelchair=no; visitor toilets not audited: no toilet tag.
    const tags = { wheelchair: 'no', toiletsWheelchair: null };
    expect((await client(app).json(`/api/facilities/${astana[0]}/accessibility`)).body.audit.osm).toEqual(tags);
    await database.rows(sql`UPDATE audits SET result = result - 'osm' WHERE facility_id = ${astana[1]}`);
    expect((await client(app).json(`/api/facilities/${astana[1]}/accessibility`)).body.audit.osm).toEqual(tags);
  });

  it('never shows who made the audit or the inspector’s note', async () => {
    const text = JSON.stringify((await client(app).json(`/api/facilities/${astana[0]}/accessibility`)).body);
    expect(text).not.toMatch(/needs@example\.kz|Асель|охранника|inspector/);
  });

  it('marks an audit older than three years as stale, and a facility never audited has audit null', async () => {
    expect((await client(app).json(`/api/facilities/${astana[1]}/accessibility`)).body.audit.stale).toBe(true);
    expect((await client(app).json(`/api/facilities/${astana[2]}/accessibility`)).body).toEqual({ facilityId: astana[2], audit: null });
  });

  it('serves the current audit’s photos to anyone, and no other photo', async () => {
    const res = await client(app).request(`/api/facilities/${astana[0]}/accessibility/photos/${photo}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    expect((await client(app).json(`/api/facilities/${astana[0]}/accessibility/photos/${unpublished}`)).status).toBe(404);
    expect((await client(app).json(`/api/facilities/${astana[1]}/accessibility/photos/${photo}`)).status).toBe(404);
  });

  it('names a malformed id or photo hash with 400 and an unknown facility with 404', async () => {
    const badId = await client(app).json('/api/facilities/abc/accessibility');
    expect(badId.status).toBe(400);
    expect(badId.body.error.problems[0].path).toBe('id');
    const badHash = await client(app).json(`/api/facilities/${astana[0]}/accessibility/photos/not-a-hash`);
    expect(badHash.status).toBe(400);
    expect(badHash.body.error.problems[0].path).toBe('sha256');
    expect((await client(app).json('/api/facilities/999999999/accessibility')).status).toBe(404);
  });
});
