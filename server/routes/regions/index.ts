import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { listRegions } from '../../services/regions/list-regions';

/** GET /api/regions: regions with facility counts. */
export function regionsRoutes(deps: AppDeps) {
  return new Hono().get('/', async (c) => c.json(await listRegions(deps.database)));
}
