import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { facilities, facilityEntrances } from '../../../db/schema';
import { dataFile } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { PROFILES, UNCONSTRAINED } from '../../domain/routing/profiles';
import { readEnv } from '../../env';
import { importOpenSidewalks } from '../../import/network';
import { routerFor } from '../../services/routing/routing-service';

/** Two points on the Microsoft campus sidewalks in Redmond, about 900 m apart. */
const WEST: [number, number] = [-122.1405, 47.6390];
const EAST: [number, number] = [-122.1335, 47.6440];

describe.each(databaseKinds)('routes API on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let facilityId: number;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await importOpenSidewalks(database, dataFile('opensidewalks-wa-sample'));
    const [facility] = await database.db.insert(facilities).values({
      source: 'test', sourceId: 'redmond-clinic', category: 'clinic', name: 'Redmond test clinic', geom: [-122.1352, 47.6452],
    }).returning({ id: facilities.id });
    facilityId = facility.id;
    await database.db.insert(facilityEntrances).values({
      source: 'test', sourceId: 'redmond-clinic/main', facilityId, geom: [-122.13365, 47.64455], entranceType: 'main', wheelchair: 'yes', placedBy: 'inspector',
    });
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test' }) });
  });
  afterAll(() => database?.close());

  const post = async (body: unknown) => {
    const res = await app.request('/api/routes', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('returns a wheelchair route as GeoJSON with distance, duration, warnings, unverified share and directions', async () => {
    const { status, body } = await post({ from: WEST, to: EAST, profile: 'manual-wheelchair', optimize: 'comfort' });
    expect(status).toBe(200);
    expect(body.type).toBe('FeatureCollection');
    expect(body.status).toBe('ok');
    expect(body.distance).toBeGreaterThan(800);
    expect(body.distance).toBeLessThan(3000);
    expect(body.duration).toBeGreaterThan(body.distance / 0.8 - 60);
    expect(body.features.every((f: any) => f.geometry.type === 'LineString')).toBe(true);
    expect(body.features.some((f: any) => f.properties.kind === 'steps')).toBe(false);
    expect(body.unverified.share).toBeGreaterThanOrEqual(0);
    expect(body.unverified.share).toBeLessThanOrEqual(1);
    expect(body.directions[0].action).toBe('depart');
    expect(body.directions.at(-1).action).toBe('arrive');
    expect(Array.isArray(body.warnings)).toBe(true);
  });

  it('routes to a facility\'s wheelchair entrance and gives the doorstep verdict beside the route', async () => {
    const { status, body } = await post({ from: WEST, to: { facilityId }, profile: 'powered-wheelchair' });
    expect(status).toBe(200);
    expect(body.doorstep).toMatchObject({ group: 'wheelchair', route: 'meets-profile', facility: { id: facilityId, status: 'unknown', entrance: 'main' } });
    expect(body.directions.at(-1).landmarks).toEqual([{ type: 'destination', name: 'Redmond test clinic' }]);
    const end = body.snapped.to.point;
    expect(Math.abs(end[0] - -122.13365)).toBeLessThan(0.0005);
  });

  it('names the blocking constraint and marks the relaxed route when no route meets a custom profile', async () => {
    const { status, body } = await post({ from: WEST, to: EAST, profile: { maxIncline: 0.001, avoidSteps: true }, optimize: 'distance' });
    expect(status).toBe(200);
    expect(body.status).toBe('relaxed');
    expect(body.blockedBy.length).toBeGreaterThan(0);
    expect(body.blockedBy.every((c: string) => ['maxUphill', 'maxDownhill', 'avoidSteps', 'maxKerbHeightCm', 'minWidthM'].includes(c))).toBe(true);
    expect(body.doorstep.route).toBe('relaxed');
    expect(body.warnings.some((w: any) => w.code === 'violates-constraint')).toBe(true);
  });

  it('answers 400 naming the field for a malformed request', async () => {
    for (const [body, field] of [
      [{ to: EAST }, 'from'],
      [{ from: [200, 0], to: EAST }, 'from'],
      [{ from: WEST, to: EAST, profile: 'skateboard' }, 'profile'],
      [{ from: WEST, to: EAST, profile: { maxIncline: 8 } }, 'profile'],
      [{ from: WEST, to: EAST, optimize: 'fastest' }, 'optimize'],
    ] as const) {
      const { status, body: error } = await post(body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(error.error.problems.map((p: any) => p.path.split('.')[0])).toContain(field);
    }
    expect((await post('{"from": [')).status).toBe(400);
    const unknown = await post({ from: WEST, to: EAST, profile: 'skateboard' });
    expect(unknown.body.error.problems[0].message).toMatch(/profile is one of manual-wheelchair, .*or an object of limits \(maxIncline/);
  });

  it('answers 422 when a point is far from any footway, and 404 for an unknown facility', async () => {
    const far = await post({ from: [51.15, 43.65], to: EAST });
    expect(far.status).toBe(422);
    expect(far.body.error.problems[0].path).toBe('from');
    expect((await post({ from: WEST, to: { facilityId: 999999 } })).status).toBe(404);
  });

  it('lists the named profiles for the route panel', async () => {
    const res = await app.request('/api/routes/profiles');
    const body = (await res.json()) as any;
    expect(body.profiles.map((p: any) => p.name)).toEqual(Object.keys(PROFILES));
  });

  it('on the Redmond network a wheelchair route never uses steps, a kerb above 3 cm or a slope above its limits, and is never shorter than the unconstrained one', async () => {
    const router = await routerFor(database);
    const profile = PROFILES['manual-wheelchair'];
    const point = fc.tuple(fc.double({ min: -122.147, max: -122.132, noNaN: true }), fc.double({ min: 47.636, max: 47.653, noNaN: true }));
    let checked = 0;
    fc.assert(fc.property(point, point, (from, to) => {
      const free = router.route({ from, to, profile: UNCONSTRAINED, optimize: 'distance' });
      const outcome = router.route({ from, to, profile, optimize: 'distance' });
      if (outcome.status !== 'ok') return;
      checked++;
      for (const segment of outcome.route.segments) {
        expect(segment.kind).not.toBe('steps');
        if (segment.incline != null) expect(segment.incline).toBeLessThanOrEqual(0.08 + 1e-4);
        if (segment.incline != null) expect(segment.incline).toBeGreaterThanOrEqual(-0.1 - 1e-4);
        for (const kerb of segment.kerbs) if (kerb.heightCm != null) expect(kerb.heightCm).toBeLessThanOrEqual(3);
      }
      const sameEnds = free.status === 'ok' && free.route.snapped.from.distanceM === outcome.route.snapped.from.distanceM &&
        free.route.snapped.to.distanceM === outcome.route.snapped.to.distanceM;
      if (sameEnds) expect(free.route.distanceM).toBeLessThanOrEqual(outcome.route.distanceM + 0.01);
    }), { numRuns: 150, seed: 6 });
    expect(checked).toBeGreaterThan(50);
    const [{ n }] = await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM pedestrian_edges WHERE kind = 'steps'`);
    expect(n).toBe(112);
  });
});
