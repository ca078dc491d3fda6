import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { signedIn, type AuthEnv } from '../../auth/current-user';
import type { AppDeps } from '../../deps';
import { AppError } from '../../errors';
import { validate } from '../../validation';
import { getAuditHandler, historyHandler, submitHandler } from './audits.handlers';
import { AuditBody, AuditIdParam, FacilityIdParam, IdempotencyHeader } from './audits.routes';

const MAX_AUDIT_BYTES = 1024 * 1024;

function tooLarge(): never {
  throw new AppError(413, 'too_large', 'An audit is at most 1 MB of JSON; photos go to /api/photos.');
}

/** Mounted at /api/facilities: POST /:id/audits (inspectors of the facility's region), GET /:id/audits (staff) */
export function facilityAuditsRoutes(deps: AppDeps) {
  return new Hono<AuthEnv>()
    .post(
      '/:id/audits',
      signedIn(deps, ['inspector']),
      bodyLimit({ maxSize: MAX_AUDIT_BYTES, onError: tooLarge }),
      validate('param', FacilityIdParam),
      validate('header', IdempotencyHeader),
      validate('json', AuditBody),
      submitHandler(deps),
    )
    .get('/:id/audits', signedIn(deps), validate('param', FacilityIdParam), historyHandler(deps));
}

/** Mounted at /api/audits: GET /:id (staff) */
export function auditsRoutes(deps: AppDeps) {
  return new Hono<AuthEnv>().get('/:id', signedIn(deps), validate('param', AuditIdParam), getAuditHandler(deps));
}
