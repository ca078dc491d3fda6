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

const VERSION = currentChecklist.version;
/**
 * A 30 cm step and no way around it, no remote service: a critical wheelchair failure that
 * nothing mitigates, so the wheelchair verdict is known (inaccessible) however little else is answered.
 */
const NO_STEPFREE_ENTRANCE = {
  'entrance.level_change': 0.3,
  'entrance.stepfree_means': 'none',
  'service.remote': 'no',
  'entrance.door_width': 0.85,
  'service.staff_trained': 'yes',
};
const door = readFileSync(new URL('../../services/photos/fixtures/door.jpg', import.meta.url));

describe.each(databaseKinds)('audits API on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let inspector: Client;
  let almatyInspector: Client;
  let official: Client;
  let astana: number[];

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test', KEDERGISIZ_STORAGE_DIR: '.data/test-storage' }) });
    inspector = await signedInClient(app, database, { email: 'astana@example.kz', regions: ['710000000'], displayName: 'Айгерим' });
    almatyInspector = await signedInClient(app, database, { email: 'almaty@example.kz', regions: ['750000000'] });
    official = await signedInClient(app, database, { email: 'official@example.kz', role: 'official' });
    const rows = await database.rows<{ id: number }>(sql`SELECT id FROM facilities WHERE region_kato = '710000000' ORDER BY id LIMIT 80`);
    astana = rows.map((r) => Number(r.id));
  });
  afterAll(() => database?.close());

  const submit = (who: Client, facilityId: number, body: object, key: string | null = crypto.randomUUID()) =>
    who.json(`/api/facilities/${facilityId}/audits`, {
      method: 'POST',
      headers: key ? { 'idempotency-key': key } : {},
      body: JSON.stringify(body),
    });
  const audit = (answers: object = NO_STEPFREE_ENTRANCE, auditedAt = new Date().toISOString()) => ({ checklistVersion: VERSION, answers, auditedAt });
  const auditCount = async () => (await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audits`))[0].n;

  it('answers 401 without a session and 403 outside the inspector’s regions or role', async () => {
    const before = await auditCount();
    expect((await submit(client(app), astana[0], audit())).status).toBe(401);
    expect((await client(app).json(`/api/facilities/${astana[0]}/audits`)).status).toBe(401);
    const outside = await submit(almatyInspector, astana[0], audit());
    expect(outside.status).toBe(403);
    expect(outside.body.error.message).toMatch(/outside your regions/);
    expect((await submit(official, astana[0], audit())).status).toBe(403);
    expect(await auditCount()).toBe(before);
  });

  it('names the bad parts of a malformed request with 400 and invalid answers with 422, storing nothing', async () => {
    const before = await auditCount();
    const noKey = await submit(inspector, astana[0], audit(), null);
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.problems[0].path).toBe('idempotency-key');
    expect((await submit(inspector, astana[0], audit(), 'not-a-uuid')).status).toBe(400);
    const badShape = await submit(inspector, astana[0], { checklistVersion: VERSION, answers: [], auditedAt: 'yesterday' });
    expect(badShape.status).toBe(400);
    expect([...new Set(badShape.body.error.problems.map((p: any) => p.path))].sort()).toEqual(['answers', 'auditedAt']);

    const badAnswers = await submit(inspector, astana[0], audit({ 'entrance.door_width': -0.5, 'bogus.item': 'yes', 'entrance.stepfree_means': 'teleport' }));
    expect(badAnswers.status).toBe(422);
    const named = badAnswers.body.error.problems.map((p: any) => p.path);
    expect(named).toEqual(expect.arrayContaining(['entrance.door_width', 'bogus.item', 'entrance.stepfree_means']));
    expect(badAnswers.body.error.message).toMatch(/entrance\.door_width/);

    const oldVersion = await submit(inspector, astana[0], { ...audit(), checklistVersion: '1999.9' });
    expect(oldVersion.status).toBe(422);
    expect(oldVersion.body.error.problems[0].path).toBe('checklistVersion');
    const missingPhoto = await submit(inspector, astana[0], { ...audit(), photos: [{ itemId: 'entrance.door_width', sha256: 'a'.repeat(64) }] });
    expect(missingPhoto.status).toBe(422);
    expect(missingPhoto.body.error.problems[0].path).toBe('photos.0.sha256');
    expect(await auditCount()).toBe(before);
  });

  it('stores an audit with its photo, scores it and makes it the facility’s current verdict', async () => {
    const photo = await inspector.json('/api/photos', { method: 'POST', headers: { 'content-type': 'image/jpeg' }, body: door });
    const facilityId = astana[1];
    const res = await submit(inspector, facilityId, {
      ...audit(),
      position: [71.43, 51.13],
      photos: [{ itemId: 'entrance.stepfree_means', sha256: photo.body.sha256 }],
      note: 'Крыльцо без пандуса',
    });
    expect(res.status).toBe(201);
    expect(res.body.id).toBeGreaterThan(0);
    expect(res.body.result.groups.wheelchair.status).toBe('inaccessible');

    const { body: facility } = await client(app).json(`/api/facilities/${facilityId}`);
    expect(facility.properties.status).toMatchObject({ audited: true, registryCode: res.body.result.registryCode, groups: { wheelchair: 'inaccessible' } });

    const { body: detail } = await official.json(`/api/audits/${res.body.id}`);
    expect(detail).toMatchObject({
      facilityId,
      checklistVersion: VERSION,
      inspector: { email: 'astana@example.kz', displayName: 'Айгерим' },
      position: [71.43, 51.13],
      photos: [{ itemId: 'entrance.stepfree_means', sha256: photo.body.sha256, mime: 'image/jpeg' }],
      note: 'Крыльцо без пандуса',
      answers: NO_STEPFREE_ENTRANCE,
      previousAuditId: null,
    });
    expect(detail.result).toEqual(res.body.result);
    expect((await official.json('/api/audits/99999999')).status).toBe(404);
  });

  it('stores one audit for one Idempotency-Key and replays the same reply; another body under that key is a 409', async () => {
    const key = crypto.randomUUID();
    const body = audit({ ...NO_STEPFREE_ENTRANCE, 'entrance.threshold': 0.01 });
    const first = await submit(inspector, astana[2], body, key);
    const again = await submit(inspector, astana[2], { answers: body.answers, auditedAt: body.auditedAt, checklistVersion: VERSION }, key.toUpperCase());
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const rows = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audits WHERE idempotency_key = ${key}`);
    expect(rows[0].n).toBe(1);
    const changed = await submit(inspector, astana[2], audit({ 'entrance.stepfree_means': 'ramp' }, body.auditedAt), key);
    expect(changed.status).toBe(409);
  });

  it('stores one audit when the same submission races itself', async () => {
    const key = crypto.randomUUID();
    const body = audit();
    const replies = await Promise.all(Array.from({ length: 6 }, () => submit(inspector, astana[3], body, key)));
    expect(replies.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
    const rows = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audits WHERE idempotency_key = ${key}`);
    expect(rows[0].n).toBe(1);
  });

  it('takes 50 concurrent submissions to different facilities: 50 rows, 0 errors', async () => {
    const targets = astana.slice(20, 70);
    const before = await auditCount();
    const replies = await Promise.all(targets.map((id) => submit(inspector, id, audit())));
    expect(replies.filter((r) => r.status !== 201)).toEqual([]);
    expect(await auditCount()).toBe(before + 50);
    const current = await database.rows<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM facilities f JOIN audits a ON a.id = f.current_audit_id
      WHERE f.id IN (${sql.join(targets.map((id) => sql`${id}`), sql`, `)}) AND a.facility_id = f.id`);
    expect(current[0].n).toBe(50);
  });

  it('keeps the newer audit current when an older one arrives late, and shows what changed in the history', async () => {
    const facilityId = astana[4];
    const newer = await submit(inspector, facilityId, audit({ 'entrance.stepfree_means': 'ramp', 'entrance.door_width': 0.95 }, '2025-06-02T10:00:00Z'));
    const older = await submit(inspector, facilityId, audit(NO_STEPFREE_ENTRANCE, '2025-06-01T10:00:00Z'));
    expect(newer.status).toBe(201);
    expect(older.status).toBe(201);
    const [row] = await database.rows<{ current_audit_id: number }>(sql`SELECT current_audit_id FROM facilities WHERE id = ${facilityId}`);
    expect(Number(row.current_audit_id)).toBe(newer.body.id);

    const { status, body } = await official.json(`/api/facilities/${facilityId}/audits`);
    expect(status).toBe(200);
    expect(body.currentAuditId).toBe(newer.body.id);
    expect(body.audits.map((a: any) => a.id)).toEqual([newer.body.id, older.body.id]);
    expect(body.audits[1].changes).toBeNull();
    const changes = body.audits[0].changes;
    expect(changes.groups.wheelchair).toEqual({ from: 'inaccessible', to: newer.body.result.groups.wheelchair.status });
    expect(changes.answers).toEqual(
      expect.arrayContaining([
        { itemId: 'entrance.stepfree_means', from: 'none', to: 'ramp' },
        { itemId: 'entrance.door_width', from: 0.85, to: 0.95 },
        { itemId: 'service.staff_trained', from: 'yes', to: null },
      ]),
    );
    expect(body.audits[0].inspector.email).toBe('astana@example.kz');
    expect((await official.json('/api/facilities/99999999/audits')).status).toBe(404);
  });
});
