import type { Context } from 'hono';
import type { z } from 'zod';
import { currentAccount, type AuthEnv } from '../../auth/current-user';
import type { AppDeps } from '../../deps';
import { ForbiddenError } from '../../errors';
import { createReport } from '../../services/reports/create-report';
import { listReports, visibleRegions } from '../../services/reports/list-reports';
import { setReportStatus } from '../../services/reports/set-report-status';
import type { FacilityIdParam } from '../facilities/facilities.routes';
import { readReportBody } from './report-body';
import { REPORT_KINDS, REPORT_LIMITS, REPORT_ZONES, type ReportIdParam, type ReportListQuery, type ReportStatusBody } from './reports.routes';

type Valid<T extends object> = Context<AuthEnv, string, { out: T }>;

export function createHandler(deps: AppDeps) {
  return async (c: Valid<{ param: z.output<typeof FacilityIdParam> }>) => {
    const { id } = c.req.valid('param');
    const { fields, photo: attached } = await readReportBody(c, deps.env.KEDERGISIZ_PHOTO_MAX_BYTES);
    const { what, zone, element, description, photo } = fields;
    const attachment = attached && { photo: attached, storageDir: deps.env.KEDERGISIZ_STORAGE_DIR };
    return c.json(await createReport(deps.database, id, { what, zone, element, description, photo }, attachment), 201);
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

export function statusHandler(deps: AppDeps) {
  return async (c: Valid<{ param: z.output<typeof ReportIdParam>; json: z.output<typeof ReportStatusBody> }>) => {
    const { id } = c.req.valid('param');
    return c.json(await setReportStatus(deps.database, currentAccount(c), id, c.req.valid('json')));
  };
}

/** What the web app's report form needs: the ids to label and the limits to check before sending. */
export function formHandler(deps: AppDeps) {
  const limits = { ...REPORT_LIMITS, photoMaxBytes: deps.env.KEDERGISIZ_PHOTO_MAX_BYTES };
  return (c: Context) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json({ kinds: REPORT_KINDS, zones: REPORT_ZONES, limits, honeypotField: 'website' });
  };
}
