import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { signedIn, type AuthEnv } from '../../auth/current-user';
import type { AppDeps } from '../../deps';
import { photoTooLarge } from '../../services/photos/store-photo';
import { validate } from '../../validation';
import { downloadHandler, uploadHandler } from './photos.handlers';
import { PhotoHashParam } from './photos.routes';

/** POST /api/photos (inspectors; JPEG/PNG/WebP, size-limited) → {sha256, mime}; GET /api/photos/:sha256 (staff) */
export function photosRoutes(deps: AppDeps) {
  const maxBytes = deps.env.KEDERGISIZ_PHOTO_MAX_BYTES;
  const tooLarge = () => {
    throw photoTooLarge(maxBytes, 'the tablet resizes photos before sending them.');
  };
  return new Hono<AuthEnv>()
    .post('/', signedIn(deps, ['inspector']), bodyLimit({ maxSize: maxBytes, onError: tooLarge }), uploadHandler(deps))
    .get('/:sha256', signedIn(deps), validate('param', PhotoHashParam), downloadHandler(deps));
}
