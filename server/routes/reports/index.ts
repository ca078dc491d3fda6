import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { clientIp } from '../../auth/client-ip';
import { signedIn, type AuthEnv } from '../../auth/current-user';
import type { AppDeps } from '../../deps';
import { AppError } from '../../errors';
import { photoTooLarge } from '../../services/photos/store-photo';
import { clientKey, SlidingWindowLimiter, TooManyRequestsError } from '../../services/reports/rate-limit';
import { validate } from '../../validation';
import { FacilityIdParam } from '../facilities/facilities.routes';
import { isMultipart } from './report-body';
import { createHandler, facilityListHandler, formHandler, listHandler, statusHandler } from './reports.handlers';
import { ReportIdParam, ReportListQuery, ReportStatusBody } from './reports.routes';

/** Reports from one connection: at most 5 in any 15 minutes. */
const REPORTS_PER_WINDOW = 5;
const REPORT_WINDOW_MS = 15 * 60_000;
const MAX_REPORT_BYTES = 16 * 1024;
/** Who reads the queue: the inspector middleware of issue 4, with region scoping in the handlers. */
const STAFF = ['inspector', 'official', 'admin'] as const;

function tooLarge(): never {
  throw new AppError(413, 'too_large', `A report is at most ${MAX_REPORT_BYTES / 1024} KB of JSON.`);
}

/** A JSON report is small; a multipart one may carry a photo of up to the photo limit besides its text. */
function limitReportBody(photoMaxBytes: number): MiddlewareHandler {
  const json = bodyLimit({ maxSize: MAX_REPORT_BYTES, onError: tooLarge });
  const form = bodyLimit({
    maxSize: photoMaxBytes + MAX_REPORT_BYTES,
    onError: () => {
      throw photoTooLarge(photoMaxBytes, 'please send a smaller photo.');
    },
  });
  return (c, next) => (isMultipart(c) ? form : json)(c, next);
}

/** Counts every attempt to send a report against its connection, before anything else is done. */
function limitPerConnection(deps: AppDeps, limiter: SlidingWindowLimiter): MiddlewareHandler {
  return async (c, next) => {
    try {
      limiter.take(clientKey(clientIp(c, deps.env.KEDERGISIZ_TRUST_PROXY)));
    } catch (err) {
      if (err instanceof TooManyRequestsError) c.header('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
    await next();
  };
}

/**
 * Mounted at /api/facilities: POST /:id/reports (anyone, no account; JSON, or a multipart form with a
 * photo), GET /:id/reports (staff).
 */
export function facilityReportsRoutes(deps: AppDeps) {
  const limiter = new SlidingWindowLimiter(REPORTS_PER_WINDOW, REPORT_WINDOW_MS);
  return new Hono<AuthEnv>()
    .post(
      '/:id/reports',
      limitPerConnection(deps, limiter),
      limitReportBody(deps.env.KEDERGISIZ_PHOTO_MAX_BYTES),
      validate('param', FacilityIdParam),
      createHandler(deps),
    )
    .get('/:id/reports', signedIn(deps, STAFF), validate('param', FacilityIdParam), facilityListHandler(deps));
}

/**
 * Mounted at /api/reports: GET /?region=&status=&limit= (staff), GET /form (the form's ids and limits),
 * PATCH /:id {status, note?} (staff of the facility's region).
 */
export function reportsRoutes(deps: AppDeps) {
  return new Hono<AuthEnv>()
    .get('/form', formHandler(deps))
    .get('/', signedIn(deps, STAFF), validate('query', ReportListQuery), listHandler(deps))
    .patch('/:id', signedIn(deps, STAFF), validate('param', ReportIdParam), validate('json', ReportStatusBody), statusHandler(deps));
}
