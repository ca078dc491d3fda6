import type { Context } from 'hono';
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { currentAccount } from '../../auth/current-user';
import type { AppDeps } from '../../deps';
import { NotFoundError, UnprocessableError } from '../../errors';
import { findPhotos } from '../../services/photos/find-photos';
import { photoPath } from '../../services/photos/photo-storage';
import { storePhoto } from '../../services/photos/store-photo';
import type { PhotoHashParam } from './photos.routes';

/** The image bytes: the raw body, or the `photo` field of a multipart form. */
async function uploadedBytes(c: Context): Promise<Uint8Array> {
  if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) return new Uint8Array(await c.req.arrayBuffer());
  const form = await c.req.parseBody();
  const file = form.photo;
  if (!(file instanceof File)) throw new UnprocessableError('The form has no file in its "photo" field.', [{ path: 'photo', message: 'attach the image as "photo"' }]);
  return new Uint8Array(await file.arrayBuffer());
}

export function uploadHandler(deps: AppDeps) {
  return async (c: Context) => {
    const bytes = await uploadedBytes(c);
    const photo = await storePhoto(deps.database, deps.env.KEDERGISIZ_STORAGE_DIR, bytes, currentAccount(c).id);
    return c.json({ sha256: photo.sha256, mime: photo.mime }, 201);
  };
}

export function downloadHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { param: z.output<typeof PhotoHashParam> } }>) => {
    const { sha256 } = c.req.valid('param');
    const mime = (await findPhotos(deps.database, [sha256])).get(sha256);
    if (!mime) throw new NotFoundError(`No photo ${sha256}.`);
    const bytes = await readFile(photoPath(deps.env.KEDERGISIZ_STORAGE_DIR, sha256));
    // Content-addressed: the bytes behind a hash never change.
    return c.body(bytes, 200, { 'content-type': mime, 'cache-control': 'private, max-age=31536000, immutable' });
  };
}
