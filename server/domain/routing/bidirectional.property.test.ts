import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KERB_TYPES, type EdgeAttributes, type EdgeKind } from './attributes';
import { BidirectionalSearch } from './bidirectional';
import { CONSTRAINT_NAMES, Constraint, boundingFactor, edgeCostTable } from './cost';
import { PedestrianGraph } from './graph';
import { LandmarkSets, type SearchGuide } from './landmark-sets';
import { LandmarkDistances } from './landmarks';
import { FAR, RoutePotential } from './potential';
import { PROFILES, PROFILE_NAMES, customProfile } from './profiles';
import { AStarSearch, type Terminal } from './search';
import { bentNetwork, gridNetwork } from './test-networks';

const COLS = 5;
const ROWS = 4;
const EDGES = (COLS - 1) * ROWS + COLS * (ROWS - 1);
const EVERY = CONSTRAINT_NAMES.reduce((mask, name) => mask | Constraint[name], 0);

const attributesArb: fc.Arbitrary<EdgeAttributes> = fc.record({
  kind: fc.constantFrom<EdgeKind>('sidewalk', 'sidewalk', 'footway', 'crossing', 'steps', 'road'),
  incline: fc.option(fc.double({ min: -0.16, max: 0.16, noNaN: true }), { freq: 4, nil: null }),
  widthM: fc.option(fc.double({ min: 0.5, max: 4, noNaN: true }), { nil: null }),
  surface: fc.option(fc.constantFrom('asphalt', 'sett', 'gravel'), { nil: null }),
  tactilePaving: fc.option(fc.boolean(), { nil: null }),
  trafficSignals: fc.option(fc.boolean(), { nil: null }),
  audibleSignals: fc.option(fc.boolean(), { nil: null }),
  crossingMarkings: fc.option(fc.boolean(), { nil: null }),
  name: fc.constant(null),
  kerbAtSource: fc.option(fc.record({ type: fc.option(fc.constantFrom(...KERB_TYPES), { nil: null }), heightCm: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }) }), { freq: 3, nil: null }),
});

/** Grids whose links are cut into bends and carry dead-end spurs, like a real sidewalk network. */
const networkArb = fc.record({
  edges: fc.array(attributesArb, { minLength: EDGES, maxLength: EDGES }),
  pieces: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: EDGES, maxLength: EDGES }),
  spurs: fc.array(fc.boolean(), { minLength: COLS * ROWS, maxLength: COLS * ROWS }),
}).map(({ edges, pieces, spurs }) => new PedestrianGraph(bentNetwork(gridNetwork(COLS, ROWS, (_c, _r, _d, i) => edges[i]), pieces, spurs)));

const profileArb = fc.oneof(
  fc.constantFrom(...PROFILE_NAMES).map((name) => PROFILES[name]),
  fc.record({ maxIncline: fc.option(fc.double({ min: 0, max: 0.15, noNaN: true }), { nil: null }), avoidSteps: fc.boolean() }).map(customProfile),
);

/** Custom profiles over every limit, so some tables a named one allows are narrower and some wider. */
const customArb = fc.record({
  maxUphill: fc.option(fc.double({ min: 0, max: 0.15, noNaN: true }), { nil: null }),
  maxDownhill: fc.option(fc.double({ min: 0, max: 0.15, noNaN: true }), { nil: null }),
  avoidSteps: fc.boolean(),
  maxKerbHeightCm: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  minWidthM: fc.option(fc.double({ min: 0.5, max: 2, noNaN: true }), { nil: null }),
  preferTactile: fc.boolean(),
  preferAudibleSignals: fc.boolean(),
  avoidUnknownSurface: fc.boolean(),
}).map(customProfile);

/** One or two terminals at any nodes, with costs as a snapped point's partial edges would give. */
const terminalsArb = (nodes: number) => fc.array(fc.record({ node: fc.nat(nodes - 1), cost: fc.double({ min: 0, max: 80, noNaN: true }) }), { minLength: 1, maxLength: 2 });

describe('bidirectional A* with landmarks', () => {
  it('finds the Dijkstra optimum on strict and relaxed tables, from and to several terminals, or says there is none', () => {
    fc.assert(fc.property(
      networkArb, profileArb, fc.constantFrom('comfort', 'distance' as const), fc.boolean(), fc.integer({ min: 0, max: 4 }), fc.boolean(), fc.integer({ min: 0, max: 2 ** 31 }),
      (graph, profile, optimize, relaxed, count, ownLandmarks, seed) => {
        const [starts, goals] = fc.sample(fc.tuple(terminalsArb(graph.nodeCount), terminalsArb(graph.nodeCount)), { numRuns: 1, seed })[0] as [Terminal[], Terminal[]];
        const table = edgeCostTable(graph, profile, optimize, relaxed ? EVERY : 0);
        const search = new AStarSearch(graph);
        const lengths = new Float32Array(graph.edgeCount * 2).map((_, half) => graph.edgeLength[half >> 1]);
        const nodes = LandmarkDistances.farthest(graph, search, lengths, count);
        // In the table itself (a named profile's set), or plain lengths scaled (a custom profile's).
        const landmarks = ownLandmarks ? LandmarkDistances.measure(graph, search, nodes.nodes, table) : nodes.scaled(boundingFactor(table, lengths));
        const potential = new RoutePotential(graph);
        potential.prepare(starts, goals, null, null, { landmarks: [landmarks], perMetre: 1 });
        const found = new BidirectionalSearch(graph).run(table, starts, goals, potential);
        const dijkstra = search.run(table, starts, goals);
        if (!dijkstra) return void expect(found).toBeNull();
        expect(found).not.toBeNull();
        expect(found!.cost).toBeCloseTo(dijkstra.cost, 3);
        // The path is walkable: it leaves the start it names and its half-edges join up at the goal.
        let node = found!.startNode;
        for (const half of found!.halfEdges) {
          const edge = half >> 1;
          expect(half & 1 ? graph.edgeTarget[edge] : graph.edgeSource[edge]).toBe(node);
          node = half & 1 ? graph.edgeSource[edge] : graph.edgeTarget[edge];
        }
        expect(node).toBe(goals[found!.goal].node);
      },
    ), { numRuns: 300 });
  });

  it('keeps custom-profile routes exact on borrowed landmarks and on the profile’s own, with consistent bounds', () => {
    const optimizeArb = fc.constantFrom('comfort', 'distance' as const);
    const namedArb = fc.array(fc.tuple(fc.constantFrom(...PROFILE_NAMES), optimizeArb, fc.boolean()), { maxLength: 4 });
    fc.assert(fc.property(
      networkArb, customArb, optimizeArb, fc.boolean(), namedArb, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 2 ** 31 }),
      (graph, custom, optimize, relaxed, named, count, seed) => {
        const [starts, goals] = fc.sample(fc.tuple(terminalsArb(graph.nodeCount), terminalsArb(graph.nodeCount)), { numRuns: 1, seed })[0] as [Terminal[], Terminal[]];
        const search = new AStarSearch(graph);
        const sets = new LandmarkSets(graph, search, { landmarks: count, profileLandmarks: count });
        // Named profiles' sets on hand to borrow, as routes with them would have left.
        for (const [name, mode, relax] of named) sets.forTable(PROFILES[name], mode, relax, edgeCostTable(graph, PROFILES[name], mode, relax ? EVERY : 0));
        const table = edgeCostTable(graph, custom, optimize, relaxed ? EVERY : 0);
        const dijkstra = search.run(table, starts, goals);
        const check = (guide: SearchGuide) => {
          const potential = new RoutePotential(graph);
          potential.prepare(starts, goals, null, null, guide);
          expectConsistent(graph, table, potential, roundingOf(guide));
          const found = new BidirectionalSearch(graph).run(table, starts, goals, potential);
          if (!dijkstra) return void expect(found).toBeNull();
          expect(found!.cost).toBeCloseTo(dijkstra.cost, 3);
        };
        check(sets.forTable(custom, optimize, relaxed, table));
        while (sets.buildStep());
        const own = sets.forTable(custom, optimize, relaxed, table);
        expect(own.landmarks).toHaveLength(1);
        expect(own.landmarks[0].scale).toBe(1);
        check(own);
      },
    ), { numRuns: 300 });
  });
});

/**
 * What storing landmark distances as 32-bit floats may cost a bound's consistency on one edge: an ulp
 * of the largest distance (ADR 0205). The × 0.9999 shave covers it on edges costing 10⁴ ulps or more;
 * shorter edges of a relaxed table (penalties make distances large) may be off by this much.
 */
function roundingOf(guide: SearchGuide): number {
  let largest = 0;
  for (const set of guide.landmarks) {
    for (const d of [...set.fromLandmark, ...set.toLandmark]) if (d < Infinity) largest = Math.max(largest, d * set.scale);
  }
  return largest * 2 ** -22 + 1e-6;
}

/** Every usable half-edge u → v keeps bound(u) ≤ cost + bound(v) towards the end, and the same from the start, up to `slack`. */
function expectConsistent(graph: PedestrianGraph, table: Float32Array, potential: RoutePotential, slack: number): void {
  const { bounds } = potential;
  for (let half = 0; half < table.length; half++) {
    if (table[half] === Infinity) continue;
    const edge = half >> 1;
    const [u, v] = half & 1 ? [graph.edgeTarget[edge], graph.edgeSource[edge]] : [graph.edgeSource[edge], graph.edgeTarget[edge]];
    potential.ensure(u);
    potential.ensure(v);
    if (bounds[v * 2] < FAR) expect(bounds[u * 2]).toBeLessThanOrEqual(table[half] + bounds[v * 2] + slack);
    if (bounds[u * 2 + 1] < FAR) expect(bounds[v * 2 + 1]).toBeLessThanOrEqual(table[half] + bounds[u * 2 + 1] + slack);
  }
}
