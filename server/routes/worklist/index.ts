import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { currentAccount, signedIn, type AuthEnv } from '../../auth/current-user';
import type { AppDeps } from '../../deps';
import { workList } from '../../services/audits/work-list';
import { validate } from '../../validation';
import { WorkListQuery } from './worklist.routes';

/** GET /api/worklist?near=lon,lat: the signed-in inspector's facilities, in the order to audit them. */
export function worklistRoutes(deps: AppDeps) {
  return new Hono<AuthEnv>().get('/', signedIn(deps, ['inspector']), validate('query', WorkListQuery), async (c: Context<AuthEnv, string, { out: { query: z.output<typeof WorkListQuery> } }>) => {
    const { near, limit } = c.req.valid('query');
    const regions = currentAccount(c).regions;
    c.header('Cache-Control', 'private, no-cache');
    return c.json(await workList(deps.database, { regions, near, limit, freshnessDays: deps.env.KEDERGISIZ_AUDIT_FRESHNESS_DAYS }));
  });
}
