import type { Context } from 'hono';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';
import { currentAuditPhoto, facilityAccessibility } from '../../services/accessibility/facility-accessibility';
import { photoPath } from '../../services/photos/photo-storage';
import type { FacilityIdParam, FacilityPhotoParam } from './accessibility.routes';

export function accessibilityHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { param: z.output<typeof FacilityIdParam> } }>) => {
    // A new audit changes the answer at once; caches must ask again every time.
    c.header('Cache-Control', 'public, no-cache');
    return c.json(await facilityAccessibility(deps.database, c.req.valid('param').id));
  };
}

export function photoHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { param: FacilityPhotoParam } }>) => {
    const { id, sha256 } = c.req.valid('param');
    const mime = await currentAuditPhoto(deps.database, id, sha256);
    const bytes = await readFile(photoPath(deps.env.KEDERGISIZ_STORAGE_DIR, sha256));
    // Content-addressed: the bytes behind a hash never change.
    return c.body(bytes, 200, { 'content-type': mime, 'cache-control': 'public, max-age=31536000, immutable' });
  };
}
