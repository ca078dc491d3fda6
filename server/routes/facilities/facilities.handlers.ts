import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';
import { getFacility } from '../../services/facilities/get-facility';
import { listFacilities } from '../../services/facilities/list-facilities';
import type { FacilityIdParam, ListFacilitiesQuery } from './facilities.routes';


export function listHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { query: z.output<typeof ListFacilitiesQuery> } }>) => {
    const { bbox, category, limit } = c.req.valid('query');
    return c.json(await listFacilities(deps.database, { bbox, categories: category, limit }));
  };
}

export function getHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { param: z.output<typeof FacilityIdParam> } }>) => {
    const { id } = c.req.valid('param');
    return c.json(await getFacility(deps.database, id));
  };
}

