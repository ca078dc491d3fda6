import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { loadRegistry } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { readEnv } from '../../env';
import { client, signedInClient } from '../session/test-session';

const ASTANA = '710000000';
const HOSTILE = `<img src=x onerror="alert('xss')"> '; DROP TABLE reports; -- ${'\u202e'}Ещё текст ${'\ud83d\ude00'}`;

describe.each(databaseKinds)('resident reports API on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let facilityId: number;
  let ipCounter = 0;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test', KEDERGISIZ_TRUST_PROXY: 'true' }) });
    const [row] = await database.rows<{ id: string }>(sql`SELECT id FROM facilities WHERE name = 'Школа №29'`);
    facilityId = Number(row.id);
  });
  afterAll(() => database?.close());

  /** A resident on a connection of their own, unless `ip` says which. */
  const send = async (body: unknown, { ip = `198.51.100.${++ipCounter}`, id = facilityId } = {}) => {
    const res = await app.request(`/api/facilities/${id}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };
  const valid = { what: 'ramp', zone: 'entrance', element: 'main entrance', description: 'The ramp is blocked by parked cars every morning.', filledInMs: 45_000 };
  const storedCount = async () => Number((await database.rows<{ n: string }>(sql`SELECT count(*) AS n FROM reports`))[0].n);

  it('stores a report without an account and keeps hostile text exactly, as plain text', async () => {
    const { status, body, headers } = await send({ ...valid, description: HOSTILE });
    expect(status).toBe(201);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(body).toMatchObject({ what: 'ramp', zone: 'entrance', element: 'main entrance', description: HOSTILE.trim(), photo: null, status: 'new' });
    expect(body.facility).toMatchObject({ id: facilityId, name: 'Школа №29', regionKato: ASTANA });

    const inspector = await signedInClient(app, database, { email: `inspector-${kind}@example.kz`, regions: [ASTANA] });
    const { status: listed, body: list } = await inspector.json(`/api/facilities/${facilityId}/reports`);
    expect(listed).toBe(200);
    expect(list.reports.find((r: any) => r.id === body.id).description).toBe(HOSTILE.trim());
  });

  it('names each wrong field and stores nothing', async () => {
    const before = await storedCount();
    for (const [change, field] of [
      [{ what: 'noise' }, 'what'],
      [{ what: undefined }, 'what'],
      [{ zone: 'roof' }, 'zone'],
      [{ description: 'bad' }, 'description'],
      [{ description: 'x'.repeat(2001) }, 'description'],
      [{ description: 'null\u0000byte in text' }, 'description'],
      [{ description: 42 }, 'description'],
      [{ element: 'e'.repeat(201) }, 'element'],
      [{ photo: 'not-a-hash' }, 'photo'],
      [{ filledInMs: 'soon' }, 'filledInMs'],
    ] as const) {
      const { status, body } = await send({ ...valid, ...change });
      expect(status, JSON.stringify(change)).toBe(400);
      expect(body.error.problems.map((p: any) => p.path), JSON.stringify(change)).toContain(field);
    }
    const missingPhoto = await send({ ...valid, photo: 'a'.repeat(64) });
    expect(missingPhoto.status).toBe(422);
    expect(missingPhoto.body.error.problems[0].path).toBe('photo');
    expect((await send(valid, { id: 99_999_999 })).status).toBe(404);
    expect((await send('{"what": "ramp",')).status).toBe(400);
    expect(await storedCount()).toBe(before);
  });

  it('turns away the honeypot and forms sent faster than a person can fill them', async () => {
    const before = await storedCount();
    const trap = await send({ ...valid, website: 'http://cheap-pills.example' });
    expect(trap.status).toBe(400);
    expect(trap.body.error.problems.map((p: any) => p.path)).toEqual(['website']);
    const hasty = await send({ ...valid, filledInMs: 400 });
    expect(hasty.status).toBe(400);
    expect(hasty.body.error.problems.map((p: any) => p.path)).toEqual(['filledInMs']);
    expect((await send({ ...valid, website: '' })).status).toBe(201);
    expect(await storedCount()).toBe(before + 1);
  });

  it('limits reports per connection and tells when to try again', async () => {
    const ip = '203.0.113.77';
    for (let i = 0; i < 5; i++) expect((await send(valid, { ip })).status).toBe(201);
    const sixth = await send(valid, { ip });
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('too_many_requests');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send(valid, { ip: '203.0.113.78' })).status).toBe(201);
    // One IPv6 client owns its /64: rotating the interface id does not escape the limit.
    for (let i = 1; i <= 5; i++) expect((await send(valid, { ip: `2001:db8:7:7::${i}` })).status).toBe(201);
    expect((await send(valid, { ip: '2001:db8:7:7::99' })).status).toBe(429);
  });

  it('shows the queue to staff only, and an inspector only their regions', async () => {
    expect((await client(app).json('/api/reports')).status).toBe(401);
    expect((await client(app).json(`/api/facilities/${facilityId}/reports`)).status).toBe(401);

    const elsewhere = await signedInClient(app, database, { email: `almaty-${kind}@example.kz`, regions: ['750000000'] });
    expect((await elsewhere.json(`/api/reports?region=${ASTANA}`)).status).toBe(403);
    expect((await elsewhere.json('/api/reports')).body.reports).toEqual([]);
    expect((await elsewhere.json(`/api/facilities/${facilityId}/reports`)).body.reports).toEqual([]);

    const official = await signedInClient(app, database, { email: `official-${kind}@example.kz`, role: 'official' });
    const { status, body } = await official.json(`/api/reports?region=${ASTANA}&limit=3`);
    expect(status).toBe(200);
    expect(body.reports).toHaveLength(3);
    const times = body.reports.map((r: any) => r.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect((await official.json('/api/reports?region=71')).status).toBe(400);
  });

  it('describes the form: kinds, zones, limits and the honeypot field', async () => {
    const { status, body } = await client(app).json('/api/reports/form');
    expect(status).toBe(200);
    expect(body.kinds).toContain('ramp');
    expect(body.zones).toEqual(['approach', 'site', 'entrance', 'inside', 'service', 'sanitary', 'information']);
    expect(body.limits).toMatchObject({ descriptionMax: 2000, minFillMs: 3000 });
    expect(body.honeypotField).toBe('website');
  });
});
