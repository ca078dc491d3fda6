import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { loadRegistry } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { readEnv } from '../../env';
import { client, signedInClient, type Client } from '../session/test-session';

const ASTANA = '710000000';
const ALMATY = '750000000';

describe.each(databaseKinds)('changing a report status on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let reportId: number;
  let inspector: Client;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test' }) });
    const [facility] = await database.rows<{ id: string }>(sql`SELECT id FROM facilities WHERE name = 'Школа №29'`);
    const res = await app.request(`/api/facilities/${facility.id}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ what: 'ramp', zone: 'entrance', description: 'The ramp is blocked by parked cars.', filledInMs: 45_000 }),
    });
    reportId = ((await res.json()) as { id: number }).id;
    inspector = await signedInClient(app, database, { email: `astana-${kind}@example.kz`, regions: [ASTANA], displayName: 'Aigerim' });
  });
  afterAll(() => database?.close());

  const patch = (who: Client, body: unknown, id: number = reportId) => who.json(`/api/reports/${id}`, { method: 'PATCH', body: JSON.stringify(body) });
  const stored = async () =>
    (await database.rows<{ status: string; status_changed_by: string | null; status_note: string | null; status_changed_at: unknown }>(
      sql`SELECT status, status_changed_by, status_note, status_changed_at FROM reports WHERE id = ${reportId}`,
    ))[0];

  it('lets an inspector of the region mark a report seen, then resolved, recording who, when and why', async () => {
    const seen = await patch(inspector, { status: 'seen' });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ id: reportId, status: 'seen', statusChange: { by: { name: 'Aigerim' }, note: null } });
    const stillOpen = await inspector.json(`/api/reports?region=${ASTANA}&status=open`);
    expect(stillOpen.body.reports.map((r: { id: number }) => r.id)).toContain(reportId);

    const before = Date.now();
    const resolved = await patch(inspector, { status: 'resolved', note: '  The owner put up a no-parking sign.  ' });
    expect(resolved.status).toBe(200);
    expect(resolved.body.statusChange.note).toBe('The owner put up a no-parking sign.');
    expect(Date.parse(resolved.body.statusChange.at)).toBeGreaterThanOrEqual(before - 5_000);

    const row = await stored();
    expect(row).toMatchObject({ status: 'resolved', status_note: 'The owner put up a no-parking sign.' });
    expect(Number(row.status_changed_by)).toBe(resolved.body.statusChange.by.id);
    for (const status of ['new', 'open']) {
      const open = await inspector.json(`/api/reports?region=${ASTANA}&status=${status}`);
      expect(open.body.reports.map((r: { id: number }) => r.id)).not.toContain(reportId);
    }
    const queue = await inspector.json(`/api/reports?status=resolved`);
    expect(queue.body.reports.find((r: { id: number }) => r.id === reportId).statusChange.by.name).toBe('Aigerim');
  });

  it('lets officials and admins change any report, and not an inspector of another region', async () => {
    const elsewhere = await signedInClient(app, database, { email: `almaty-${kind}@example.kz`, regions: [ALMATY] });
    const refused = await patch(elsewhere, { status: 'rejected' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain(ALMATY);
    expect((await stored()).status).toBe('resolved');

    const official = await signedInClient(app, database, { email: `official-${kind}@example.kz`, role: 'official' });
    expect((await patch(official, { status: 'new' })).body.status).toBe('new');
    const admin = await signedInClient(app, database, { email: `admin-${kind}@example.kz`, role: 'admin' });
    const rejected = await patch(admin, { status: 'rejected', note: 'Duplicate of an earlier report.' });
    expect(rejected.body).toMatchObject({ status: 'rejected', statusChange: { by: { name: `admin-${kind}@example.kz` } } });
  });

  it('answers 401 without a session, 404 for an unknown report and 400 naming each bad field', async () => {
    const before = await stored();
    expect((await patch(client(app), { status: 'seen' })).status).toBe(401);
    expect((await patch(inspector, { status: 'seen' }, 99_999_999)).status).toBe(404);
    expect((await inspector.json('/api/reports/abc', { method: 'PATCH', body: '{"status":"seen"}' })).status).toBe(400);
    for (const [body, field] of [
      [{ status: 'done' }, 'status'],
      [{}, 'status'],
      [{ status: 'seen', note: 'x'.repeat(2001) }, 'note'],
      [{ status: 'seen', note: 'null\u0000byte' }, 'note'],
      [{ status: 'seen', colour: 'red' }, 'colour'],
    ] as const) {
      const { status, body: reply } = await patch(inspector, body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(reply.error.problems.map((p: { path: string }) => p.path), JSON.stringify(body)).toContain(field);
    }
    expect(await stored()).toEqual(before);
  });
});
