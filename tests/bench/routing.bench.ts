/**
 * Routing benchmark (issue 6): `npx tsx tests/bench/routing.bench.ts` (not part of npm test).
 *
 * Network: the real Redmond OpenSidewalks graph (4,368 edges) tiled 7 × 7 with a 35–45 m gap between
 * copies; in each tile the 8 easternmost and 8 northernmost nodes of its largest component are joined
 * by straight flat footways to the 8 westernmost / southernmost of the neighbour, so the 49 copies form
 * one walkable network of about 214,000 edges (a city of roughly 9 × 14 km).
 * Network built in ./routing-network.ts.
 * Measures: route time (p50/p95/p99, wall clock and CPU time, with the load average) for full routes
 * (snapping, search, segments, warnings, directions) with the manual wheelchair profile, and with a
 * custom profile: its first routes, its routes on borrowed landmarks, the idle-time measuring of its
 * own landmarks and its routes on them (ADR 0205); the same node-to-node searches against pgr_dijkstra
 * on PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres) over the same
 * allowed edges; memory of the loaded graph per 100,000 edges.
 */
import fc from 'fast-check';
import postgres from 'postgres';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { edgeCostTable, type Optimize } from '../../server/domain/routing/cost';
import { haversineM } from '../../server/domain/routing/geo';
import { PedestrianGraph } from '../../server/domain/routing/graph';
import { customProfile, PROFILES, type RoutingProfile } from '../../server/domain/routing/profiles';
import { Router } from '../../server/domain/routing/router';
import { networkInput } from '../../server/import/network/network-input';
import { readOpenSidewalks } from '../../server/import/network/osw';
import { tiledNetwork } from './routing-network';

const TILES = Number(process.env.BENCH_TILES ?? 7);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const PG_QUERIES = Number(process.env.BENCH_PG_QUERIES ?? 40);
const dataDir = process.env.KEDERGISIZ_DATA_DIR ?? join(process.cwd(), '..', 'shared', 'data');

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value: number) => `${value.toFixed(2)} ms`;
const perHundredK = (bytes: number, edges: number) => `${(bytes / edges * 1e5 / 2 ** 20).toFixed(2)} MiB per 100k edges`;
const load = () => loadavg()[0].toFixed(1);

async function main() {
  const base = networkInput(await readOpenSidewalks(join(dataDir, 'opensidewalks-wa-sample')));
  const { network, mainNodes } = tiledNetwork(base, TILES);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage();
  const buildStart = performance.now();
  const graph = new PedestrianGraph(network);
  const router = new Router(graph);
  const buildMs = performance.now() - buildStart;
  gc?.();
  const heapAfter = process.memoryUsage();
  const typedBytes = graph.byteSize();
  const heapBytes = heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers;
  const profile = PROFILES['manual-wheelchair'];
  console.log(`landmarks: ${router.landmarks.lengths.count} on lengths, ${perHundredK(router.landmarks.lengths.byteSize(), graph.edgeCount)}`);
  // A named profile's four tables and their landmark distances, as its first routes would build them.
  const prepareStart = performance.now();
  router.prepare(profile, 'comfort');
  router.prepare(profile, 'distance');
  console.log(`manual wheelchair prepared (4 cost tables, 4 landmark sets) in ${ms(performance.now() - prepareStart)}; ` +
    `all landmark distances now ${perHundredK(router.landmarks.byteSize(), graph.edgeCount)}`);
  console.log(`network: ${graph.nodeCount} nodes, ${graph.edgeCount} edges (${TILES}×${TILES} Redmond tiles); graph + router built in ${ms(buildMs)}`);
  console.log(`memory: typed arrays ${(typedBytes / graph.edgeCount * 1e5 / 2 ** 20).toFixed(2)} MiB per 100k edges; ` +
    `heap + buffers after build ${(heapBytes / graph.edgeCount * 1e5 / 2 ** 20).toFixed(2)} MiB per 100k edges${gc ? '' : ' (no --expose-gc: rough)'}`);

  const anyNode = fc.nat(mainNodes.length - 1).map((i) => mainNodes[i]);
  const pairs = fc.sample(fc.tuple(anyNode, anyNode), { numRuns: QUERIES + 20, seed: 2026 });
  const point = (id: number): [number, number] => {
    const index = graph.nodeIndex(id);
    return [graph.nodeLon[index] + 0.00002, graph.nodeLat[index] + 0.00001];
  };
  // Walking trips are short: a second set keeps pairs within 2.5 km in a straight line.
  const near = fc.sample(fc.tuple(anyNode, anyNode), { numRuns: QUERIES * 20, seed: 7 })
    .filter(([a, b]) => haversineM(point(a), point(b)) <= 2500).slice(0, QUERIES + 20);
  const measure = (label: string, set: [number, number][], optimize: Optimize, chosen: RoutingProfile) => {
    const times: number[] = [];
    const cpu: number[] = [];
    const lengths: number[] = [];
    const statuses: Record<string, number> = {};
    const loadBefore = load();
    for (const [a, b] of set.slice(20)) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const outcome = router.route({ from: point(a), to: point(b), profile: chosen, optimize });
      times.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
      if (outcome.status !== 'unroutable') lengths.push(outcome.route.distanceM);
    }
    console.log(`route ${label} (${optimize}, full result): n=${times.length} p50 ${ms(percentile(times, 50))} p95 ${ms(percentile(times, 95))} ` +
      `p99 ${ms(percentile(times, 99))} max ${ms(Math.max(...times))}; CPU time p50 ${ms(percentile(cpu, 50))} p95 ${ms(percentile(cpu, 95))}; ` +
      `median route ${(percentile(lengths, 50) / 1000).toFixed(2)} km; ${JSON.stringify(statuses)}; load average ${loadBefore} → ${load()}`);
  };
  const sets: [string, [number, number][], Optimize, RoutingProfile][] = [
    ['any pair', pairs, 'comfort', profile], ['any pair', pairs, 'distance', profile],
    ['≤ 2.5 km', near, 'comfort', profile], ['≤ 2.5 km', near, 'distance', profile],
  ];
  for (const [label, set, optimize, chosen] of sets) {
    router.route({ from: point(set[0][0]), to: point(set[0][1]), profile: chosen, optimize });
    measure(label, set, optimize, chosen);
  }

  // Custom profiles (ADR 0205). A profile's very first route builds its cost tables; until its own
  // landmark set is measured in idle time, routes borrow the named profiles' sets.
  const firstRoutes: number[] = [];
  const customs = fc.sample(fc.record({ maxIncline: fc.integer({ min: 4, max: 12 }), minWidthM: fc.integer({ min: 8, max: 15 }) }), { numRuns: 10, seed: 11 })
    .map(({ maxIncline, minWidthM }) => customProfile({ maxIncline: maxIncline / 100, minWidthM: minWidthM / 10, avoidSteps: maxIncline < 10 }));
  customs.forEach((chosen, i) => {
    const [a, b] = pairs[i];
    const start = performance.now();
    for (const optimize of ['comfort', 'distance'] as const) router.route({ from: point(a), to: point(b), profile: chosen, optimize });
    firstRoutes.push((performance.now() - start) / 2);
  });
  console.log(`custom profiles' first routes (cost tables built), 10 profiles × comfort and distance: ` +
    `mean ${ms(firstRoutes.reduce((sum, t) => sum + t, 0) / firstRoutes.length)}, max ${ms(Math.max(...firstRoutes))}`);
  const custom = customProfile({ maxIncline: 0.06, minWidthM: 1 });
  for (const optimize of ['comfort', 'distance'] as const) {
    router.route({ from: point(pairs[0][0]), to: point(pairs[0][1]), profile: custom, optimize });
    measure('any pair, custom profile, borrowed landmarks', pairs, optimize, custom);
  }
  const steps: number[] = [];
  for (let more = true; more;) {
    const start = performance.now();
    more = router.idleStep();
    steps.push(performance.now() - start);
  }
  console.log(`custom profile's own landmark sets measured in idle time: ${steps.length} steps, total ${ms(steps.reduce((sum, t) => sum + t, 0))}, ` +
    `longest step ${ms(Math.max(...steps))}; all landmark distances now ${perHundredK(router.landmarks.byteSize(), graph.edgeCount)}`);
  for (const optimize of ['comfort', 'distance'] as const) measure('any pair, custom profile, own landmarks', pairs, optimize, custom);

  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const name = `kz_bench_${process.pid}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  const db = postgres(scratch.toString(), { max: 1, onnotice: () => {} });
  try {
    await db.unsafe('CREATE EXTENSION postgis; CREATE EXTENSION pgrouting;');
    const costs = edgeCostTable(graph, profile, 'distance');
    await db.unsafe('CREATE TABLE bench_edges (id bigint PRIMARY KEY, source bigint, target bigint, cost float8, reverse_cost float8)');
    const rows = Array.from({ length: graph.edgeCount }, (_, e) => ({
      id: e + 1, source: graph.edgeSource[e] + 1, target: graph.edgeTarget[e] + 1,
      cost: Number.isFinite(costs[e * 2]) ? costs[e * 2] : -1, reverse_cost: Number.isFinite(costs[e * 2 + 1]) ? costs[e * 2 + 1] : -1,
    }));
    for (let i = 0; i < rows.length; i += 5000) await db`INSERT INTO bench_edges ${db(rows.slice(i, i + 5000))}`;
    await db.unsafe('ANALYZE bench_edges');
    const pgTimes: number[] = [];
    const ourTimes: number[] = [];
    let mismatches = 0;
    const pgPairs = pairs.slice(20, 20 + PG_QUERIES);
    const query = `SELECT max(agg_cost) AS cost FROM pgr_dijkstra('SELECT id, source, target, cost, reverse_cost FROM bench_edges', $1::bigint, $2::bigint, true)`;
    await db.unsafe(query, [graph.nodeIndex(pgPairs[0][0]) + 1, graph.nodeIndex(pgPairs[0][1]) + 1]);
    for (const [a, b] of pgPairs) {
      const [ia, ib] = [graph.nodeIndex(a), graph.nodeIndex(b)];
      let start = performance.now();
      const [row] = await db.unsafe(query, [ia + 1, ib + 1]);
      pgTimes.push(performance.now() - start);
      start = performance.now();
      const ours = router.nodeToNode(ia, ib, profile, 'distance');
      ourTimes.push(performance.now() - start);
      const pg = row.cost == null ? null : Number(row.cost);
      if ((pg == null) !== (ours == null) || (pg != null && Math.abs(ours!.cost - pg) / Math.max(pg, 1e-9) > 0.001)) mismatches++;
    }
    const pgMedian = percentile(pgTimes, 50);
    const ourMedian = percentile(ourTimes, 50);
    console.log(`pgr_dijkstra (same allowed edges, node to node): n=${pgTimes.length} p50 ${ms(pgMedian)} p95 ${ms(percentile(pgTimes, 95))}`);
    console.log(`ours, same node pairs (distance A*): p50 ${ms(ourMedian)} p95 ${ms(percentile(ourTimes, 95))}; ` +
      `speed-up p50 ${(pgMedian / ourMedian).toFixed(0)}×, mean ${(pgTimes.reduce((s, t) => s + t, 0) / ourTimes.reduce((s, t) => s + t, 0)).toFixed(0)}×; ` +
      `length mismatches over 0.1 %: ${mismatches}`);
  } finally {
    await db.end();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

await main();
