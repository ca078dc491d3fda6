import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KERB_TYPES, type EdgeAttributes, type EdgeKind, type Kerb } from './attributes';
import { edgeCostTable } from './cost';
import { PedestrianGraph } from './graph';
import { PROFILES, PROFILE_NAMES, UNCONSTRAINED, customProfile } from './profiles';
import { Router } from './router';
import { AStarSearch } from './search';
import { STEP_LAT, STEP_LON, at, gridNetwork } from './test-networks';

const COLS = 6;
const ROWS = 5;
const EDGES = (COLS - 1) * ROWS + COLS * (ROWS - 1);

const attributesArb: fc.Arbitrary<EdgeAttributes> = fc.record({
  kind: fc.constantFrom<EdgeKind>('sidewalk', 'sidewalk', 'footway', 'crossing', 'steps', 'road'),
  incline: fc.option(fc.double({ min: -0.16, max: 0.16, noNaN: true }), { freq: 4 }),
  widthM: fc.option(fc.double({ min: 0.5, max: 4, noNaN: true }), { freq: 1, nil: null }),
  surface: fc.option(fc.constantFrom('asphalt', 'concrete', 'sett', 'gravel'), { nil: null }),
  tactilePaving: fc.option(fc.boolean(), { nil: null }),
  trafficSignals: fc.option(fc.boolean(), { nil: null }),
  audibleSignals: fc.option(fc.boolean(), { nil: null }),
  crossingMarkings: fc.option(fc.boolean(), { nil: null }),
  name: fc.constant(null),
}).map((a) => ({ ...a, incline: a.incline ?? null }));

const kerbArb: fc.Arbitrary<Kerb | null> = fc.option(
  fc.record({ type: fc.option(fc.constantFrom(...KERB_TYPES), { nil: null }), heightCm: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }) }),
  { nil: null },
);

const networkArb = fc.record({
  edges: fc.array(attributesArb, { minLength: EDGES, maxLength: EDGES }),
  kerbs: fc.array(kerbArb, { minLength: COLS * ROWS, maxLength: COLS * ROWS }),
}).map(({ edges, kerbs }) => new PedestrianGraph(gridNetwork(COLS, ROWS, (_c, _r, _d, i) => edges[i], (c, r) => ({ kerb: kerbs[r * COLS + c] }))));

const nodeArb = fc.integer({ min: 0, max: COLS * ROWS - 1 });
const profileArb = fc.oneof(
  fc.constantFrom(...PROFILE_NAMES).map((name) => PROFILES[name]),
  fc.record({
    maxIncline: fc.option(fc.double({ min: 0.02, max: 0.15, noNaN: true }), { nil: null }),
    avoidSteps: fc.boolean(),
    maxKerbHeightCm: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    minWidthM: fc.option(fc.double({ min: 0.5, max: 2, noNaN: true }), { nil: null }),
  }).map(customProfile),
);
const pointArb = fc.tuple(fc.double({ min: -0.3, max: COLS - 0.7, noNaN: true }), fc.double({ min: -0.3, max: ROWS - 0.7, noNaN: true }))
  .map(([c, r]): [number, number] => [at(0, 0)[0] + c * STEP_LON, at(0, 0)[1] + r * STEP_LAT]);

describe('routing properties on random networks', () => {
  it('an unconstrained route is never longer than a constrained one', () => {
    fc.assert(fc.property(networkArb, nodeArb, nodeArb, profileArb, (graph, a, b, profile) => {
      const router = new Router(graph);
      const constrained = router.nodeToNode(a, b, profile, 'distance');
      const free = router.nodeToNode(a, b, UNCONSTRAINED, 'distance');
      expect(free).not.toBeNull();
      if (constrained) expect(free!.cost).toBeLessThanOrEqual(constrained.cost + 1e-6);
    }), { numRuns: 150 });
  });

  it('a compliant route never uses steps, a kerb above the limit, a slope above the maximum or a narrow path', () => {
    fc.assert(fc.property(networkArb, pointArb, pointArb, profileArb, fc.constantFrom('comfort', 'distance' as const), (graph, from, to, profile, optimize) => {
      const outcome = new Router(graph).route({ from, to, profile, optimize });
      if (outcome.status !== 'ok') return;
      for (const segment of outcome.route.segments) {
        if (profile.avoidSteps) expect(segment.kind).not.toBe('steps');
        if (segment.incline != null && profile.maxUphill != null) expect(segment.incline).toBeLessThanOrEqual(profile.maxUphill + 1e-4);
        if (segment.incline != null && profile.maxDownhill != null) expect(-segment.incline).toBeLessThanOrEqual(profile.maxDownhill + 1e-4);
        for (const kerb of segment.kerbs) {
          if (kerb.heightCm != null && profile.maxKerbHeightCm != null) expect(kerb.heightCm).toBeLessThanOrEqual(profile.maxKerbHeightCm);
        }
        if (segment.widthM != null && profile.minWidthM != null) expect(segment.widthM).toBeGreaterThanOrEqual(profile.minWidthM - 0.05);
        expect(segment.violates).toEqual([]);
      }
    }), { numRuns: 150 });
  });

  it('a relaxed route names the constraints it breaks, and a disconnected pair stays unroutable', () => {
    fc.assert(fc.property(networkArb, pointArb, pointArb, profileArb, (graph, from, to, profile) => {
      const outcome = new Router(graph).route({ from, to, profile, optimize: 'comfort' });
      expect(outcome.status).not.toBe('unroutable');
      if (outcome.status === 'relaxed') {
        expect(outcome.blockedBy.length).toBeGreaterThan(0);
        expect(outcome.route.warnings.filter((w) => w.code === 'violates-constraint').length).toBeGreaterThan(0);
      }
    }), { numRuns: 100 });
  });

  it('A* finds the same cost as Dijkstra, in comfort and distance modes', () => {
    fc.assert(fc.property(networkArb, nodeArb, nodeArb, profileArb, fc.constantFrom('comfort', 'distance' as const), (graph, a, b, profile, optimize) => {
      const table = edgeCostTable(graph, profile, optimize);
      const search = new AStarSearch(graph);
      const goal: [number, number] = [graph.nodeLon[b], graph.nodeLat[b]];
      const astar = search.run(table, [{ node: a, cost: 0 }], [{ node: b, cost: 0 }], goal);
      const dijkstra = search.run(table, [{ node: a, cost: 0 }], [{ node: b, cost: 0 }]);
      expect(astar?.cost ?? null).toBe(dijkstra?.cost ?? null);
    }), { numRuns: 150 });
  });

  it('with ALT landmarks the router still finds the Dijkstra optimum', () => {
    fc.assert(fc.property(networkArb, nodeArb, nodeArb, profileArb, fc.constantFrom('comfort', 'distance' as const), fc.integer({ min: 1, max: 6 }), (graph, a, b, profile, optimize, count) => {
      const router = new Router(graph, { landmarks: count });
      const dijkstra = new AStarSearch(graph).run(edgeCostTable(graph, profile, optimize), [{ node: a, cost: 0 }], [{ node: b, cost: 0 }]);
      const alt = router.nodeToNode(a, b, profile, optimize);
      if (!dijkstra) expect(alt).toBeNull();
      else expect(alt!.cost).toBeCloseTo(dijkstra.cost, 2);
    }), { numRuns: 150 });
  });

  it('the route length is the sum of its segments and at least the straight line', () => {
    fc.assert(fc.property(networkArb, pointArb, pointArb, (graph, from, to) => {
      const outcome = new Router(graph).route({ from, to, profile: UNCONSTRAINED, optimize: 'distance' });
      if (outcome.status === 'unroutable') return;
      const { route } = outcome;
      const sum = route.segments.reduce((total, segment) => total + segment.lengthM, 0);
      expect(route.distanceM).toBeCloseTo(sum, 6);
      const straight = graph.projection.distance(...route.snapped.from.point, ...route.snapped.to.point);
      expect(route.distanceM).toBeGreaterThanOrEqual(straight * 0.99 - 0.01);
      expect(route.unverified.share).toBeGreaterThanOrEqual(0);
      expect(route.unverified.share).toBeLessThanOrEqual(1);
    }), { numRuns: 100 });
  });
});
