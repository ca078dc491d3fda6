import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { AppError, UnprocessableError } from '../../errors';
import { imageType, type PhotoMime } from './image-type';
import { sha256Of, writePhotoFile } from './photo-storage';

export interface StoredPhoto {
  sha256: string;
  mime: PhotoMime;
  bytes: number;
}

/** A photo whose bytes were checked to be an image, not yet written anywhere. */
export interface CheckedPhoto extends StoredPhoto {
  content: Uint8Array;
}

/** 413 naming `photo`, with what the sender can do about it. */
export function photoTooLarge(maxBytes: number, advice: string): AppError {
  return new AppError(413, 'too_large', `The photo is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; ${advice}`, [
    { path: 'photo', message: `at most ${maxBytes} bytes` },
  ]);
}

/** Checks that the bytes are a JPEG, PNG or WebP by their first bytes (422 naming `photo` otherwise). */
export function checkPhoto(content: Uint8Array): CheckedPhoto {
  if (content.length === 0) throw new UnprocessableError('The photo is empty.', [{ path: 'photo', message: 'send the image bytes' }]);
  const mime = imageType(content);
  if (!mime) {
    throw new UnprocessableError('Only JPEG, PNG and WebP photos are accepted; this file is none of them.', [
      { path: 'photo', message: 'not a JPEG, PNG or WebP image' },
    ]);
  }
  return { sha256: sha256Of(content), mime, bytes: content.length, content };
}

/** The statement recording a photo whose file is written; recording the same photo twice is harmless. */
export function recordPhotoSql(photo: StoredPhoto, uploadedBy: number | null): SQL {
  return sql`INSERT INTO photos (sha256, mime, bytes, uploaded_by) VALUES (${photo.sha256}, ${photo.mime}, ${photo.bytes}, ${uploadedBy})
    ON CONFLICT (sha256) DO NOTHING`;
}

/**
 * Keeps an uploaded photo: checks it is a JPEG, PNG or WebP by its bytes, writes it to the
 * storage folder under its SHA-256 and records it. Uploading the same photo twice is harmless.
 * The file is on disk before the row exists, so a recorded photo always has its bytes.
 */
export async function storePhoto(database: Database, storageDir: string, bytes: Uint8Array, uploadedBy: number): Promise<StoredPhoto> {
  const { content, ...photo } = checkPhoto(bytes);
  await writePhotoFile(storageDir, photo.sha256, content);
  await database.rows(recordPhotoSql(photo, uploadedBy));
  return photo;
}
