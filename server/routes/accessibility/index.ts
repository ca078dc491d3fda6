import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { validate } from '../../validation';
import { accessibilityHandler, photoHandler } from './accessibility.handlers';
import { FacilityIdParam, FacilityPhotoParam } from './accessibility.routes';

/**
 * Mounted at /api/facilities, for residents (no account): GET /:id/accessibility (the current audit's
 * verdicts, zones, failures, answers and photo list) and GET /:id/accessibility/photos/:sha256.
 */
export function facilityAccessibilityRoutes(deps: AppDeps) {
  return new Hono()
    .get('/:id/accessibility', validate('param', FacilityIdParam), accessibilityHandler(deps))
    .get('/:id/accessibility/photos/:sha256', validate('param', FacilityPhotoParam), photoHandler(deps));
}
