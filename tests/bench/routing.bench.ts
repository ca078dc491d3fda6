/**
 * Routing benchmark (issue 6): `npx tsx tests/bench/routing.bench.ts` (not part of npm test).
 *
 * Network: the real Redmond OpenSidewalks graph (4,368 edges) tiled 7 × 7 with a 35–45 m gap between
 * copies; in each tile the 8 easternmost and 8 northernmost nodes of its largest component are joined
 * by straight flat footways to the 8 westernmost / southernmost of the neighbour, so the 49 copies form
 * one walkable network of about 214,000 edges (a city of roughly 9 × 14 km).
 * Measures: route time (p50/p95/p99) for full routes (snapping, search, segments, warnings,
 * directions) with the manual wheelchair profile; the same node-to-node searches against pgr_dijkstra
 * on PostgreSQL (TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres) over the same
 * allowed edges; memory of the loaded graph per 100,000 edges.
 */
import fc from 'fast-check';
import postgres from 'postgres';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unknownAttributes, type EdgeInput, type NetworkInput, type NodeInput } from '../../server/domain/routing/attributes';
import { edgeCostTable } from '../../server/domain/routing/cost';
import { haversineM } from '../../server/domain/routing/geo';
import { PedestrianGraph } from '../../server/domain/routing/graph';
import { PROFILES } from '../../server/domain/routing/profiles';
import { Router } from '../../server/domain/routing/router';
import { networkInput } from '../../server/import/network/network-input';
import { readOpenSidewalks } from '../../server/import/network/osw';

const TILES = Number(process.env.BENCH_TILES ?? 7);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
const PG_QUERIES = Number(process.env.BENCH_PG_QUERIES ?? 40);
const LINKS = 8;
const dataDir = process.env.KEDERGISIZ_DATA_DIR ?? join(process.cwd(), '..', 'shared', 'data');

function largestComponent(graph: PedestrianGraph): number[] {
  const component = new Int32Array(graph.nodeCount).fill(-1);
  let best: number[] = [];
  for (let start = 0; start < graph.nodeCount; start++) {
    if (component[start] >= 0) continue;
    const members = [start];
    component[start] = start;
    for (let i = 0; i < members.length; i++) {
      const node = members[i];
      for (let j = graph.adjOffset[node]; j < graph.adjOffset[node + 1]; j++) {
        const edge = graph.adjHalfEdge[j] >> 1;
        const next = graph.edgeSource[edge] === node ? graph.edgeTarget[edge] : graph.edgeSource[edge];
        if (component[next] < 0) {
          component[next] = start;
          members.push(next);
        }
      }
    }
    if (members.length > best.length) best = members;
  }
  return best;
}

function tiledNetwork(base: NetworkInput): { network: NetworkInput; mainNodes: number[] } {
  const baseGraph = new PedestrianGraph(base);
  const main = largestComponent(baseGraph);
  const lons = base.nodes.map((n) => n.lon);
  const lats = base.nodes.map((n) => n.lat);
  const tileLon = Math.max(...lons) - Math.min(...lons) + 0.0005;
  const tileLat = Math.max(...lats) - Math.min(...lats) + 0.0004;
  const byLon = [...main].sort((a, b) => base.nodes[a].lon - base.nodes[b].lon);
  const byLat = [...main].sort((a, b) => base.nodes[a].lat - base.nodes[b].lat);
  const sortBy = (list: number[], key: 'lon' | 'lat') => list.sort((a, b) => base.nodes[a][key] - base.nodes[b][key]);
  const west = sortBy(byLon.slice(0, LINKS), 'lat');
  const east = sortBy(byLon.slice(-LINKS), 'lat');
  const south = sortBy(byLat.slice(0, LINKS), 'lon');
  const north = sortBy(byLat.slice(-LINKS), 'lon');
  const n = base.nodes.length;
  const nodes: NodeInput[] = [];
  const edges: EdgeInput[] = [];
  const mainNodes: number[] = [];
  for (let tx = 0; tx < TILES; tx++) {
    for (let ty = 0; ty < TILES; ty++) {
      const tile = tx * TILES + ty;
      for (const node of base.nodes) nodes.push({ ...node, id: tile * n + node.id, lon: node.lon + tx * tileLon, lat: node.lat + ty * tileLat });
      for (const edge of base.edges) {
        edges.push({
          ...edge, id: edges.length + 1, source: tile * n + edge.source, target: tile * n + edge.target,
          coordinates: edge.coordinates.map(([lon, lat]) => [lon + tx * tileLon, lat + ty * tileLat]),
        });
      }
      for (const index of main) mainNodes.push(tile * n + index);
    }
  }
  const link = (from: number, to: number) => {
    const a = nodes[from];
    const b = nodes[to];
    const coordinates: [number, number][] = [[a.lon, a.lat], [b.lon, b.lat]];
    edges.push({
      id: edges.length + 1, source: a.id, target: b.id, coordinates, lengthM: haversineM(coordinates[0], coordinates[1]),
      attributes: { ...unknownAttributes('footway'), incline: 0, surface: 'asphalt' },
    });
  };
  for (let tx = 0; tx < TILES; tx++) {
    for (let ty = 0; ty < TILES; ty++) {
      const tile = tx * TILES + ty;
      for (let i = 0; i < LINKS; i++) {
        if (tx + 1 < TILES) link(tile * n + east[i], (tile + TILES) * n + west[i]);
        if (ty + 1 < TILES) link(tile * n + north[i], (tile + 1) * n + south[i]);
      }
    }
  }
  return { network: { nodes, edges }, mainNodes };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main() {
  const base = networkInput(await readOpenSidewalks(join(dataDir, 'opensidewalks-wa-sample')));
  const { network, mainNodes } = tiledNetwork(base);
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
  console.log(`landmarks: ${router.landmarks.count}, ${(router.landmarks.byteSize() / graph.edgeCount * 1e5 / 2 ** 20).toFixed(2)} MiB per 100k edges`);
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
  for (const [label, set, optimize] of [
    ['any pair', pairs, 'comfort'], ['any pair', pairs, 'distance'], ['≤ 2.5 km', near, 'comfort'], ['≤ 2.5 km', near, 'distance'],
  ] as const) {
    router.route({ from: point(set[0][0]), to: point(set[0][1]), profile, optimize });
    const times: number[] = [];
    const lengths: number[] = [];
    for (const [a, b] of set.slice(20)) {
      const start = performance.now();
      const outcome = router.route({ from: point(a), to: point(b), profile, optimize });
      times.push(performance.now() - start);
      if (outcome.status !== 'unroutable') lengths.push(outcome.route.distanceM);
    }
    console.log(`route ${label} (${optimize}, full result): n=${times.length} p50 ${ms(percentile(times, 50))} p95 ${ms(percentile(times, 95))} ` +
      `p99 ${ms(percentile(times, 99))} max ${ms(Math.max(...times))}; median route ${(percentile(lengths, 50) / 1000).toFixed(2)} km`);
  }

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
