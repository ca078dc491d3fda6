import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { loadRegistry } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { readEnv } from '../../env';
import { signedInClient, type Client } from '../session/test-session';

/** The Akorda area of Astana. */
const NEAR: [number, number] = [71.4106, 51.1259];

describe.each(databaseKinds)('work list on %s', (kind) => {
  let database: Database;
  let inspector: Client;
  let official: Client;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    const app = createApp({ database, env: readEnv({ NODE_ENV: 'test', KEDERGISIZ_AUDIT_FRESHNESS_DAYS: '365' }) });
    inspector = await signedInClient(app, database, { email: 'list@example.kz', regions: ['710000000'] });
    official = await signedInClient(app, database, { email: 'official@example.kz', role: 'official' });
    // Two facilities audited: one recently, one four years ago (stale with a one-year freshness).
    const [fresh, stale] = await database.rows<{ id: number }>(sql`SELECT id FROM facilities WHERE region_kato = '710000000' ORDER BY id LIMIT 2`);
    await database.rows(sql`UPDATE facilities SET current_audit_id = 1, audited_at = now() - interval '10 days' WHERE id = ${fresh.id}`);
    await database.rows(sql`UPDATE facilities SET current_audit_id = 2, audited_at = now() - interval '4 years' WHERE id = ${stale.id}`);
  });
  afterAll(() => database?.close());

  it('lists never-audited facilities first, nearest first, then stale, then fresh ones', async () => {
    const { status, body } = await inspector.json(`/api/worklist?near=${NEAR.join(',')}&limit=2000`);
    expect(status).toBe(200);
    const urgencies = body.facilities.map((f: any) => f.worklist.urgency);
    expect(urgencies.at(-1)).toBe('fresh');
    expect(urgencies.at(-2)).toBe('stale');
    expect(body.counts).toMatchObject({ stale: 1, fresh: 1 });
    expect(body.counts.never).toBe(body.facilities.length - 2);
    const never = body.facilities.filter((f: any) => f.worklist.urgency === 'never').map((f: any) => f.worklist.distanceM);
    expect(never).toEqual([...never].sort((a, b) => a - b));
    expect(never[0]).toBeLessThan(1000);
    expect(body.facilities.every((f: any) => f.properties.regionKato === '710000000')).toBe(true);
    expect(body.facilities[0].worklist.openReports).toBe(0);
  });

  it('pages with a limit, refuses a bad position and non-inspectors', async () => {
    const { body } = await inspector.json('/api/worklist?limit=5');
    expect(body.facilities).toHaveLength(5);
    expect(body.truncated).toBe(true);
    expect(body.facilities[0].worklist.distanceM).toBeNull();
    const bad = await inspector.json('/api/worklist?near=200,51');
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0].path).toBe('near');
    expect((await official.json('/api/worklist')).status).toBe(403);
  });
});
