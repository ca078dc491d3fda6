import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { validate } from '../../validation';
import { getHandler, listHandler } from './facilities.handlers';
import { FacilityIdParam, ListFacilitiesQuery } from './facilities.routes';

/** GET /api/facilities and GET /api/facilities/:id */
export function facilitiesRoutes(deps: AppDeps) {
  return new Hono()
    .get('/', validate('query', ListFacilitiesQuery), listHandler(deps))
    .get('/:id', validate('param', FacilityIdParam), getHandler(deps));
}
