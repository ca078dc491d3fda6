import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppDeps } from '../../deps';

/** GET /health: the process answers and its database too. */
export function healthRoutes(deps: AppDeps) {
  return new Hono().get('/', async (c) => {
    try {
      const [row] = await deps.database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM facilities`);
      return c.json({ status: 'ok', database: deps.database.kind, facilities: row.n });
    } catch (err) {
      return c.json({ status: 'unavailable', database: deps.database.kind, message: (err as Error).message }, 503);
    }
  });
}
