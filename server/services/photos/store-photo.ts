import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { UnprocessableError } from '../../errors';
import { imageType, type PhotoMime } from './image-type';
import { sha256Of, writePhotoFile } from './photo-storage';

export interface StoredPhoto {
  sha256: string;
  mime: PhotoMime;
  bytes: number;
}

/**
 * Keeps an uploaded photo: checks it is a JPEG, PNG or WebP by its bytes, writes it to the
 * storage folder under its SHA-256 and records it. Uploading the same photo twice is harmless.
 * The file is on disk before the row exists, so a recorded photo always has its bytes.
 */
export async function storePhoto(database: Database, storageDir: string, bytes: Uint8Array, uploadedBy: number): Promise<StoredPhoto> {
  if (bytes.length === 0) throw new UnprocessableError('The photo is empty.', [{ path: 'photo', message: 'send the image bytes' }]);
  const mime = imageType(bytes);
  if (!mime) {
    throw new UnprocessableError('Only JPEG, PNG and WebP photos are accepted; this file is none of them.', [
      { path: 'photo', message: 'not a JPEG, PNG or WebP image' },
    ]);
  }
  const sha256 = sha256Of(bytes);
  await writePhotoFile(storageDir, sha256, bytes);
  await database.rows(sql`
    INSERT INTO photos (sha256, mime, bytes, uploaded_by) VALUES (${sha256}, ${mime}, ${bytes.length}, ${uploadedBy})
    ON CONFLICT (sha256) DO NOTHING`);
  return { sha256, mime, bytes: bytes.length };
}
