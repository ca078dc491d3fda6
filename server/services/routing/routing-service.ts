import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { PedestrianGraph } from '../../domain/routing/graph';
import { Router } from '../../domain/routing/router';
import { loadNetwork } from './load-network';

/** How often a held graph checks whether the stored network changed (an import ran). */
const RECHECK_MS = 30_000;

interface Held {
  router: Promise<Router>;
  stamp: string;
  checkedAt: number;
}

const held = new WeakMap<Database, Held>();

async function networkStamp(database: Database): Promise<string> {
  const [row] = await database.rows<{ edges: number; changed: string | null }>(sql`
    SELECT count(*)::int AS edges, max(updated_at)::text AS changed FROM pedestrian_edges`);
  return `${row.edges}|${row.changed ?? ''}`;
}

/**
 * The in-memory router of a database, built from the stored network on first use and kept, so routes
 * are answered without reading the network again. At most every 30 s it checks whether an import
 * changed the network, and then builds a new graph.
 */
export async function routerFor(database: Database, now = Date.now()): Promise<Router> {
  const current = held.get(database);
  if (current && now - current.checkedAt < RECHECK_MS) return current.router;
  const stamp = await networkStamp(database);
  if (current && current.stamp === stamp) {
    current.checkedAt = now;
    return current.router;
  }
  const router = loadNetwork(database).then((network) => new Router(new PedestrianGraph(network)));
  router.catch(() => held.delete(database));
  held.set(database, { router, stamp, checkedAt: now });
  return router;
}

const working = new WeakSet<Router>();

/**
 * Lets a router do its idle work (a custom profile's own landmarks, ADR 0205) one step per turn of
 * the event loop, after the requests waiting then: each step holds the loop for one Dijkstra run.
 */
export function workWhenIdle(router: Router): void {
  if (working.has(router)) return;
  working.add(router);
  const step = () => {
    let more = false;
    try {
      more = router.idleStep();
    } catch (err) {
      console.error(err);
    }
    if (more) setImmediate(step);
    else working.delete(router);
  };
  setImmediate(step);
}

/** Forgets the held graph, so the next route builds it from the stored network. */
export function forgetRouter(database: Database): void {
  held.delete(database);
}
