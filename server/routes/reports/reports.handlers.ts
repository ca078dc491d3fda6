import type { Context } from 'hono';
import type { z } from 'zod';
import { currentAccount, type AuthEnv } from '../../auth/current-user';
import type { AppDeps } from '../../deps';
import { ForbiddenError } from '../../errors';
import { createReport } from '../../services/reports/create-report';
import { listReports } from '../../services/reports/list-reports';
import type { Account } from '../../services/users/account';
import type { FacilityIdParam } from '../facilities/facilities.routes';
import { REPORT_KINDS, REPORT_LIMITS, REPORT_ZONES, type NewReportBody, type ReportListQuery } from './reports.routes';

type Valid<T extends object> = Context<AuthEnv, string, { out: T }>;

export function createHandler(deps: AppDeps) {
  return async (c: Valid<{ param: z.output<typeof FacilityIdParam>; json: z.output<typeof NewReportBody> }>) => {
    const { id } = c.req.valid('param');
    const { what, zone, element, description, photo } = c.req.valid('json');
    return c.json(await createReport(deps.database, id, { what, zone, element, description, photo }), 201);
  };
}

export function facilityListHandler(deps: AppDeps) {
  return async (c: Valid<{ param: z.output<typeof FacilityIdParam> }>) => {
    const { id } = c.req.valid('param');
    const reports = await listReports(deps.database, { facilityId: id, regions: visibleRegions(currentAccount(c)), limit: 500 });
    c.header('Cache-Control', 'private, no-cache');
    return c.json({ reports });
  };
}

export function listHandler(deps: AppDeps) {
  return async (c: Valid<{ query: z.output<typeof ReportListQuery> }>) => {
    const { region, status, limit } = c.req.valid('query');
    const account = currentAccount(c);
    const visible = visibleRegions(account);
    if (region && visible && !visible.includes(region)) {
      throw new ForbiddenError(`Region ${region} is not one of your regions (${visible.join(', ') || 'none'}).`);
    }
    const reports = await listReports(deps.database, { regions: region ? [region] : visible, status, limit });
    c.header('Cache-Control', 'private, no-cache');
    return c.json({ reports });
  };
}

/** What the web app's report form needs: the ids to label and the limits to check before sending. */
export function formHandler() {
  return (c: Context) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json({ kinds: REPORT_KINDS, zones: REPORT_ZONES, limits: REPORT_LIMITS, honeypotField: 'website' });
  };
}

/** Inspectors see the reports of their regions; officials and admins see all (undefined). */
function visibleRegions(account: Account): string[] | undefined {
  return account.role === 'inspector' ? account.regions : undefined;
}
