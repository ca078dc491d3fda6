import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appOverEmptyDatabase } from '../checklists/test-app';
import { akimat, bank, pharmacy, school } from '../../domain/scoring/test-audits';

const server = appOverEmptyDatabase();

async function post(body: unknown, raw = false) {
  const res = await server.app.request('/api/score', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('POST /api/score', () => {
  it('scores answers with the current checklist', async () => {
    const { status, body } = await post({ answers: akimat });
    expect(status).toBe(200);
    expect(body).toMatchObject({ checklistVersion: '2026.1', registryCode: 'ДЧ-И (О, С, Г, У); ДУ (К)', detail: 'ДП-И (У); ДЧ-И (О, С, Г); ДУ (К)', score: 84, adapted: false });
    expect(body.groups.wheelchair).toMatchObject({ status: 'conditional', facilityOnlyStatus: 'conditional', score: 60 });
    expect(body.groups.wheelchair.zones.entrance).toEqual({ status: 'conditional', score: 50 });
    expect(body.groups.wheelchair.failures[0]).toMatchObject({ item: 'site.parking_count', threshold: expect.any(String), norm: { confidence: 'confirmed' }, assistable: false });
    expect(body.completeness).toMatchObject({ complete: true });
  });

  it('returns the OSM / Wheelmap tags, null while they are open', async () => {
    expect((await post({ answers: akimat })).body.osm).toEqual({ wheelchair: 'no', toiletsWheelchair: 'no' });
    expect((await post({ answers: pharmacy })).body.osm).toEqual({ wheelchair: 'limited', toiletsWheelchair: null });
    expect((await post({ answers: bank })).body.osm).toEqual({ wheelchair: 'yes', toiletsWheelchair: 'yes' });
    expect((await post({ answers: school })).body.osm).toEqual({ wheelchair: null, toiletsWheelchair: null });
  });

  it('scores with a named version, and reports an unknown one as 422', async () => {
    expect((await post({ checklistVersion: '2026.1', answers: school })).body.registryCode).toBe('ДП-И (С, Г, У); не определено (К, О)');
    const { status, body } = await post({ checklistVersion: '1999.1', answers: {} });
    expect(status).toBe(422);
    expect(body.error.problems).toEqual([{ path: 'checklistVersion', message: expect.stringContaining('2026.1') }]);
  });

  it('scores an empty audit as unknown', async () => {
    const { status, body } = await post({ answers: {} });
    expect(status).toBe(200);
    expect(body.groups.wheelchair.status).toBe('unknown');
    expect(body.score).toBeNull();
  });

  it('answers 422 naming each bad item: unknown ids, wrong types, values outside physical sense', async () => {
    const { status, body } = await post({
      answers: { 'entrance.door_width': -0.9, 'entrance.colour': 'red', 'approach.lighting': true, 'site.parking_count': { accessible: 9, total: 4 }, 'approach.surface': 'good' },
    });
    expect(status).toBe(422);
    expect(body.error.code).toBe('unprocessable');
    expect(body.error.problems.map((p: any) => p.path).sort()).toEqual(['approach.lighting', 'entrance.colour', 'entrance.door_width', 'site.parking_count']);
    expect(body.error.message).toContain('entrance.door_width');
  });

  it('answers 400 for malformed JSON and for a body without answers', async () => {
    const malformed = await post('{"answers": {', true);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toBeDefined();
    const missing = await post({ checklistVersion: '2026.1' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.problems.map((p: any) => p.path)).toEqual(['answers']);
    expect((await post([1, 2])).status).toBe(400);
    expect((await post({ answers: ['yes'] })).status).toBe(400);
  });

  it('never answers 500, whatever the answers', async () => {
    const keys = fc.constantFrom('entrance.door_width', 'ramp.slope', 'wc.cabin_size', 'site.parking_count', 'entrance.steps_handrails@side', 'ramp.slope@entrance:x', 'x@y', '');
    await fc.assert(
      fc.asyncProperty(fc.dictionary(keys, fc.jsonValue()), async (answers) => {
        const { status } = await post({ answers });
        expect([200, 400, 422]).toContain(status);
      }),
      { numRuns: 150 },
    );
  });
});
