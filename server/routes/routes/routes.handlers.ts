import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';
import { PROFILES } from '../../domain/routing/profiles';
import { planRoute } from '../../services/routing/plan-route';
import type { RouteBody } from './routes.routes';

export function planHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { json: z.output<typeof RouteBody> } }>) => {
    return c.json(await planRoute(deps.database, c.req.valid('json')));
  };
}

/** The named profiles with their limits, for the route panel. */
export function profilesHandler() {
  return (c: Context) => c.json({ profiles: Object.values(PROFILES) });
}
