import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { validate } from '../../validation';
import { publicSummaryOrOfficials, officialsOnly } from './stats-access';
import { facilitiesHandler, failingItemsHandler, statsHandler, trendHandler } from './stats.handlers';
import { FacilitiesQuery, FailingItemsQuery, StatsQuery, TrendQuery } from './stats.routes';

/**
 * GET /api/stats (by region, district or sector), /api/stats/trend, /api/stats/failing-items and
 * /api/stats/facilities; each also as ?format=csv or ?format=geojson.
 */
export function statsRoutes(deps: AppDeps) {
  const officials = officialsOnly(deps);
  return new Hono()
    .get('/', publicSummaryOrOfficials(deps), validate('query', StatsQuery), statsHandler(deps))
    .get('/trend', officials, validate('query', TrendQuery), trendHandler(deps))
    .get('/failing-items', officials, validate('query', FailingItemsQuery), failingItemsHandler(deps))
    .get('/facilities', officials, validate('query', FacilitiesQuery), facilitiesHandler(deps));
}
