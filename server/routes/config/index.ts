import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppDeps } from '../../deps';

/** GET /api/config: what the web app needs to know about this deployment. */
export function configRoutes(deps: AppDeps) {
  return new Hono().get('/', async (c) => {
    const [row] = await deps.database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM facilities`);
    return c.json({
      basemapStyleUrl: deps.env.KEDERGISIZ_BASEMAP_STYLE_URL || null,
      facilities: row.n,
      attribution: ['© OpenStreetMap contributors', 'Boundaries: geokz, Alexander Rodionov (CC BY 4.0)'],
    });
  });
}
