import fc from 'fast-check';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataFile } from '../../../tests/support/demo-data';
import { edgeCostTable } from '../../domain/routing/cost';
import { PedestrianGraph } from '../../domain/routing/graph';
import { PROFILES, UNCONSTRAINED, type RoutingProfile } from '../../domain/routing/profiles';
import { Router } from '../../domain/routing/router';
import { networkInput } from '../../import/network/network-input';
import { readOpenSidewalks } from '../../import/network/osw';

const url = process.env.TEST_DATABASE_URL;

/**
 * `optimize: "distance"` must give pgRouting's answer: the same Redmond edges, each allowed direction
 * costed by its length (a blocked direction is -1), into pgr_dijkstra on PostgreSQL with pgRouting.
 */
describe.skipIf(!url)('distance routes equal pgr_dijkstra on the Redmond network', () => {
  const name = `kz_pgr_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  let admin: postgres.Sql;
  let db: postgres.Sql;
  let graph: PedestrianGraph;
  let router: Router;

  beforeAll(async () => {
    admin = postgres(url!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const scratch = new URL(url!);
    scratch.pathname = `/${name}`;
    db = postgres(scratch.toString(), { max: 1, onnotice: () => {} });
    await db.unsafe('CREATE EXTENSION postgis; CREATE EXTENSION pgrouting;');
    graph = new PedestrianGraph(networkInput(await readOpenSidewalks(dataFile('opensidewalks-wa-sample'))));
    router = new Router(graph);
  });
  afterAll(async () => {
    await db?.end();
    await admin?.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin?.end();
  });

  async function loadProfileEdges(table: string, profile: RoutingProfile) {
    const costs = edgeCostTable(graph, profile, 'distance');
    const rows = Array.from({ length: graph.edgeCount }, (_, e) => ({
      id: e + 1, source: graph.edgeSource[e] + 1, target: graph.edgeTarget[e] + 1,
      cost: Number.isFinite(costs[e * 2]) ? costs[e * 2] : -1, reverse_cost: Number.isFinite(costs[e * 2 + 1]) ? costs[e * 2 + 1] : -1,
    }));
    await db.unsafe(`CREATE TABLE ${table} (id bigint, source bigint, target bigint, cost float8, reverse_cost float8)`);
    for (let i = 0; i < rows.length; i += 1000) await db`INSERT INTO ${db(table)} ${db(rows.slice(i, i + 1000))}`;
  }

  for (const [table, profile] of [['edges_wheelchair', PROFILES['manual-wheelchair']], ['edges_free', UNCONSTRAINED]] as const) {
    it(`${profile.name === 'custom' ? 'unconstrained' : profile.name}: the same lengths within 0.1 %, and no route where pgRouting finds none`, async () => {
      await loadProfileEdges(table, profile);
      const pairs = fc.sample(fc.tuple(fc.nat(graph.nodeCount - 1), fc.nat(graph.nodeCount - 1)), { numRuns: 60, seed: 42 });
      let compared = 0;
      for (const [a, b] of pairs) {
        if (a === b) continue;
        const ours = router.nodeToNode(a, b, profile, 'distance');
        const [theirs] = await db.unsafe(
          `SELECT max(agg_cost) AS cost FROM pgr_dijkstra('SELECT id, source, target, cost, reverse_cost FROM ${table}', $1::bigint, $2::bigint, true)`,
          [a + 1, b + 1],
        );
        const pgCost = theirs.cost == null ? null : Number(theirs.cost);
        if (pgCost == null) {
          expect(ours, `${a}→${b}`).toBeNull();
          continue;
        }
        expect(ours, `${a}→${b}`).not.toBeNull();
        expect(Math.abs(ours!.cost - pgCost) / Math.max(pgCost, 1e-9), `${a}→${b}`).toBeLessThanOrEqual(0.001);
        compared++;
      }
      expect(compared).toBeGreaterThan(20);
    });
  }
});
