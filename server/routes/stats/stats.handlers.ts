import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';
import { areaStats } from '../../services/stats/area-stats';
import { auditTrend } from '../../services/stats/audit-trend';
import { failingItems } from '../../services/stats/failing-items';
import { facilityVerdicts } from '../../services/stats/facility-verdicts';
import { freshnessAt } from '../../services/stats/freshness';
import { resolveScope } from '../../services/stats/scope';
import { sectorStats } from '../../services/stats/sector-stats';
import { areaTable, facilitiesTable, failingTable, sectorTable, trendTable } from '../../services/stats/export/export-table';
import { exportResponse } from './export-response';
import type { FacilitiesQuery, FailingItemsQuery, SelectionQuery, StatsQuery, TrendQuery } from './stats.routes';

type Valid<T extends z.ZodType> = Context<any, string, { out: { query: z.output<T> } }>;

const scopeOf = (deps: AppDeps, q: SelectionQuery) =>
  resolveScope(deps.database, { region: q.region, district: q.district, categories: q.category, sector: q.sector });

const freshness = (deps: AppDeps) => freshnessAt(new Date(), deps.env.KEDERGISIZ_AUDIT_FRESHNESS_DAYS);

export function statsHandler(deps: AppDeps) {
  return async (c: Valid<typeof StatsQuery>) => {
    const q = c.req.valid('query');
    const scope = await scopeOf(deps, q);
    if (q.level === 'sector') {
      const stats = await sectorStats(deps.database, scope, freshness(deps));
      return exportResponse(c, deps, stats, () => sectorTable(stats, q.lang), 'sectors');
    }
    const stats = await areaStats(deps.database, scope, freshness(deps));
    return exportResponse(c, deps, stats, () => areaTable(stats, q.lang), q.level === 'region' ? 'regions' : `districts-${q.region}`);
  };
}

export function trendHandler(deps: AppDeps) {
  return async (c: Valid<typeof TrendQuery>) => {
    const q = c.req.valid('query');
    const trend = await auditTrend(deps.database, await scopeOf(deps, q), { months: q.months, now: new Date() });
    return exportResponse(c, deps, trend, () => trendTable(trend), 'trend');
  };
}

export function failingItemsHandler(deps: AppDeps) {
  return async (c: Valid<typeof FailingItemsQuery>) => {
    const q = c.req.valid('query');
    const failing = await failingItems(deps.database, await scopeOf(deps, q), { limit: q.limit });
    return exportResponse(c, deps, failing, () => failingTable(failing, q.lang), 'failing-items');
  };
}

export function facilitiesHandler(deps: AppDeps) {
  return async (c: Valid<typeof FacilitiesQuery>) => {
    const q = c.req.valid('query');
    const list = await facilityVerdicts(deps.database, await scopeOf(deps, q), q, freshness(deps));
    return exportResponse(c, deps, list, () => facilitiesTable(list, q.lang), `facilities-${q.district ?? q.region}`);
  };
}
