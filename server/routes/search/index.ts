import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { validate } from '../../validation';
import { searchHandler } from './search.handlers';
import { SearchQuery } from './search.routes';

/** GET /api/search?q=&category=&status=&group=&near=lon,lat&limit= */
export function searchRoutes(deps: AppDeps) {
  return new Hono().get('/', validate('query', SearchQuery), searchHandler(deps));
}
