import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { validate } from '../../validation';
import { planHandler, profilesHandler } from './routes.handlers';
import { RouteBody } from './routes.routes';

/** POST /api/routes (plan an accessible walking route) and GET /api/routes/profiles */
export function routesRoutes(deps: AppDeps) {
  return new Hono()
    .post('/', validate('json', RouteBody), planHandler(deps))
    .get('/profiles', profilesHandler());
}
