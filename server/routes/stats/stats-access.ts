import type { MiddlewareHandler } from 'hono';
import { signedIn } from '../../auth/current-user';
import type { AppDeps } from '../../deps';

/** Roles that see every statistic: district figures, failing items, trends, facility lists. */
export const STATS_ROLES = ['official', 'admin'] as const;

/** Every statistic except the public summary needs an official's or admin's session. */
export function officialsOnly(deps: AppDeps): MiddlewareHandler {
  return signedIn(deps, STATS_ROLES);
}

/**
 * GET /api/stats is public at country and region level (the regions of the country, the sectors
 * of the country or of one region); district figures need an official.
 */
export function publicSummaryOrOfficials(deps: AppDeps): MiddlewareHandler {
  const officials = officialsOnly(deps);
  return async (c, next) => {
    const level = c.req.query('level') ?? 'region';
    const isSummary = (level === 'region' || level === 'sector') && c.req.query('district') === undefined;
    return isSummary ? next() : officials(c, next);
  };
}
