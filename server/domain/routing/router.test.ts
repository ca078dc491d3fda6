import { describe, expect, it } from 'vitest';
import { unknownAttributes, type EdgeAttributes } from './attributes';
import { PedestrianGraph } from './graph';
import { PROFILES, UNCONSTRAINED, customProfile } from './profiles';
import { Router, type RouteOutcome } from './router';
import { STEP_LAT, at, gridNetwork, known, lineNetwork } from './test-networks';

/** A 3 × 2 grid: the short way runs along the bottom row (100 m), the detour over the top (200 m). */
function detour(bottomRight: EdgeAttributes, others: (col: number, row: number, dir: string) => EdgeAttributes = () => known()) {
  const network = gridNetwork(3, 2, (col, row, dir) => (col === 1 && row === 0 && dir === 'east' ? bottomRight : others(col, row, dir)));
  return new Router(new PedestrianGraph(network));
}

const ok = (outcome: RouteOutcome) => {
  if (outcome.status !== 'ok') throw new Error(`expected a route, got ${JSON.stringify(outcome)}`);
  return outcome.route;
};

describe('Router', () => {
  const from = at(0, 0);
  const to = at(2, 0);

  it('takes the short way when nothing is in it', () => {
    const route = ok(detour(known()).route({ from, to, profile: PROFILES['manual-wheelchair'], optimize: 'distance' }));
    expect(route.distanceM).toBeCloseTo(100, -1);
    expect(route.relaxed).toEqual([]);
    expect(route.segments.map((s) => s.edgeId)).toEqual([1, 3]);
  });

  it('sends a wheelchair around steps, while walking without constraints uses them', () => {
    const router = detour(known({ kind: 'steps', incline: 0.3 }));
    const wheelchair = ok(router.route({ from, to, profile: PROFILES['manual-wheelchair'], optimize: 'distance' }));
    expect(wheelchair.segments.some((s) => s.kind === 'steps')).toBe(false);
    expect(wheelchair.distanceM).toBeCloseTo(200, -1);
    const walker = ok(router.route({ from, to, profile: UNCONSTRAINED, optimize: 'distance' }));
    expect(walker.segments.some((s) => s.kind === 'steps')).toBe(true);
    expect(walker.warnings.map((w) => w.code)).toContain('steps');
  });

  it('refuses a climb above the limit but rolls down the same slope the other way', () => {
    const router = detour(known({ incline: 0.095 }));
    const up = ok(router.route({ from, to, profile: PROFILES['manual-wheelchair'], optimize: 'distance' }));
    expect(up.distanceM).toBeCloseTo(200, -1);
    const down = ok(router.route({ from: to, to: from, profile: PROFILES['manual-wheelchair'], optimize: 'distance' }));
    expect(down.distanceM).toBeCloseTo(100, -1);
    expect(down.warnings).toContainEqual(expect.objectContaining({ code: 'steep-downhill', value: 9.5, unit: '%' }));
  });

  it('warns of a 7 % slope that is within the limit', () => {
    const route = ok(detour(known({ incline: 0.07 })).route({ from, to, profile: PROFILES['manual-wheelchair'], optimize: 'distance' }));
    expect(route.warnings).toContainEqual(expect.objectContaining({ code: 'steep-uphill', value: 7, unit: '%' }));
  });

  it('blocks a 4 cm kerb for a 3 cm limit and names the kerb when a stroller passes it', () => {
    const network = lineNetwork([known(), known({ kind: 'crossing', trafficSignals: false }), known()], (i) =>
      i === 1 ? { kerb: { type: 'raised', heightCm: 4 } } : i === 2 ? { kerb: { type: 'lowered', heightCm: null } } : {});
    const router = new Router(new PedestrianGraph(network));
    const request = { from: at(0, 0), to: at(3, 0), optimize: 'distance' as const };
    const wheelchair = router.route({ ...request, profile: PROFILES['manual-wheelchair'] });
    expect(wheelchair.status).toBe('relaxed');
    if (wheelchair.status !== 'relaxed') return;
    expect(wheelchair.blockedBy).toEqual(['maxKerbHeightCm']);
    expect(wheelchair.route.relaxed).toEqual(['maxKerbHeightCm']);
    expect(wheelchair.route.warnings).toContainEqual(expect.objectContaining({ code: 'violates-constraint', constraint: 'maxKerbHeightCm' }));
    const stroller = ok(router.route({ ...request, profile: PROFILES.stroller }));
    const codes = stroller.warnings.map((w) => [w.code, w.value]);
    expect(codes).toContainEqual(['kerb', 4]);
    expect(codes).toContainEqual(['crossing-without-signals', undefined]);
  });

  it('names every constraint the best relaxed route breaks', () => {
    const router = new Router(new PedestrianGraph(lineNetwork([known({ kind: 'steps', incline: 0.2 }), known({ widthM: 0.6 })])));
    const outcome = router.route({ from: at(0, 0), to: at(2, 0), profile: PROFILES['manual-wheelchair'], optimize: 'comfort' });
    expect(outcome.status).toBe('relaxed');
    if (outcome.status === 'relaxed') expect(outcome.blockedBy).toEqual(['avoidSteps', 'maxUphill', 'minWidthM']);
  });

  it('offers a relaxed comfort route when own limits allow no slope at all', () => {
    const router = new Router(new PedestrianGraph(lineNetwork([known({ incline: 0.01 }), known({ incline: 0.03 }), known({ incline: -0.02 })])));
    const outcome = router.route({ from: at(0, 0), to: at(3, 0), profile: customProfile({ maxIncline: 0 }), optimize: 'comfort' });
    expect(outcome.status).toBe('relaxed');
    if (outcome.status === 'relaxed') expect(outcome.blockedBy).toEqual(['maxUphill', 'maxDownhill']);
  });

  it('lets unknown values through but counts them as unverified, and comfort prefers the known way', () => {
    const router = detour(unknownAttributes('footway'), (col, row, dir) => (row === 0 && dir === 'east' ? unknownAttributes('footway') : known()));
    const shortest = ok(router.route({ from, to, profile: PROFILES['manual-wheelchair'], optimize: 'distance' }));
    expect(shortest.distanceM).toBeCloseTo(100, -1);
    expect(shortest.unverified.share).toBe(1);
    expect(shortest.unverified.stretches).toHaveLength(1);
    expect(shortest.unverified.stretches[0].attributes).toEqual(expect.arrayContaining(['incline', 'surface', 'width']));
    const comfort = ok(router.route({ from, to, profile: PROFILES['manual-wheelchair'], optimize: 'comfort' }));
    expect(comfort.distanceM).toBeCloseTo(200, -1);
    expect(comfort.unverified.share).toBe(0);
  });

  it('says for each unknown attribute on how much of the route it is unknown, most first', () => {
    const router = new Router(new PedestrianGraph(lineNetwork([known({ surface: null }), known({ surface: null, widthM: null }), known(), known({ surface: null })])));
    const route = ok(router.route({ from: at(0, 0), to: at(4, 0), profile: PROFILES['manual-wheelchair'], optimize: 'distance' }));
    const quarter = route.distanceM / 4;
    expect(route.unverified.byAttribute.map((a) => a.attribute)).toEqual(['surface', 'width']);
    expect(route.unverified.byAttribute[0].lengthM).toBeCloseTo(3 * quarter, 0);
    expect(route.unverified.byAttribute[0].share).toBeCloseTo(0.75, 2);
    expect(route.unverified.byAttribute[1].share).toBeCloseTo(0.25, 2);
    expect(route.unverified.share).toBeCloseTo(0.75, 2);
    expect(route.unverified.stretches).toHaveLength(2);
  });

  it('reports a network with nothing known as fully unverified, like the Aktau drive graph', () => {
    const router = new Router(new PedestrianGraph(gridNetwork(3, 3, () => unknownAttributes('road'))));
    const route = ok(router.route({ from: at(0, 0), to: at(2, 2), profile: PROFILES['powered-wheelchair'], optimize: 'comfort' }));
    expect(route.unverified.share).toBe(1);
  });

  it('says when the two points are not connected, or too far from any path', () => {
    const network = lineNetwork([known(), known()]);
    network.edges.pop();
    network.edges.push({ id: 9, source: 3, target: 4, coordinates: [at(2, 0), at(3, 0)], attributes: known() });
    network.nodes.push({ id: 4, lon: at(3, 0)[0], lat: at(3, 0)[1] });
    const router = new Router(new PedestrianGraph(network));
    expect(router.route({ from: at(0, 0), to: at(3, 0), profile: UNCONSTRAINED, optimize: 'distance' }))
      .toEqual({ status: 'unroutable', reason: 'disconnected' });
    expect(router.route({ from: [52, 44], to: at(3, 0), profile: UNCONSTRAINED, optimize: 'distance' }))
      .toEqual({ status: 'unroutable', reason: 'from-off-network' });
  });

  it('starts and ends mid-edge, and walks a single edge directly', () => {
    const router = detour(known());
    const quarter: [number, number] = [at(0, 0)[0] + 0.25 * (at(1, 0)[0] - at(0, 0)[0]), at(0, 0)[1] + 0.00001];
    const route = ok(router.route({ from: quarter, to: at(1, 0), profile: UNCONSTRAINED, optimize: 'distance' }));
    expect(route.segments).toHaveLength(1);
    expect(route.distanceM).toBeCloseTo(37.5, 0);
    expect(route.snapped.from.distanceM).toBeCloseTo(1.1, 0);
  });

  it('estimates time from the profile speed', () => {
    const route = ok(detour(known()).route({ from, to, profile: PROFILES['manual-wheelchair'], optimize: 'distance' }));
    expect(route.durationS).toBeCloseTo(route.distanceM / 0.8, 0);
  });

  it('writes directions as ordered steps with turns, crossings and the destination', () => {
    const network = gridNetwork(3, 2, (col, row, dir) => {
      if (dir === 'north' && col === 2) return known({ kind: 'crossing', trafficSignals: true, audibleSignals: true });
      return known({ name: row === 0 ? 'Абай даңғылы' : 'Сәтбаев көшесі' });
    });
    const router = new Router(new PedestrianGraph(network));
    const nearTop: [number, number] = [at(2, 0)[0], at(2, 0)[1] + 0.9 * STEP_LAT];
    const route = ok(router.route({ from: at(0, 0), to: nearTop, profile: PROFILES['blind-low-vision'], optimize: 'distance', destination: 'Емхана №3' }));
    const steps = route.directions.map((s) => [s.action, s.turn, s.streetName]);
    expect(steps[0]).toEqual(['depart', null, 'Абай даңғылы']);
    expect(steps.at(-1)).toEqual(['arrive', null, null]);
    const crossing = route.directions.find((s) => s.action === 'cross');
    expect(crossing?.turn).toBe('left');
    expect(crossing?.landmarks.map((l) => l.type)).toEqual(['traffic-signals', 'audible-signals']);
    expect(route.directions.at(-1)?.landmarks).toEqual([{ type: 'destination', name: 'Емхана №3' }]);
  });

  it('lets a blind traveller prefer the crossing with audible signals', () => {
    const router = detour(known({ kind: 'crossing', audibleSignals: false, trafficSignals: true, crossingMarkings: true }),
      (col, row, dir) => (dir === 'north' && col === 1 ? known({ kind: 'crossing', audibleSignals: true, tactilePaving: true, crossingMarkings: true }) : known()));
    const blind = ok(router.route({ from, to, profile: PROFILES['blind-low-vision'], optimize: 'comfort' }));
    expect(blind.segments.some((s) => s.audibleSignals === false)).toBe(false);
    const custom = ok(router.route({ from, to, profile: customProfile({ preferAudibleSignals: false }), optimize: 'comfort' }));
    expect(custom.distanceM).toBeCloseTo(100, -1);
  });
});
