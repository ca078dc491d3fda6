import { auditDb, type LocalPhoto } from './offline-db';

/** Longest side of a stored photo: enough to read a sign or a ramp, small enough for a slow network. */
const MAX_SIDE = 1600;
const QUALITY = 0.82;

/**
 * Resizes a camera photo in the browser (canvas, JPEG), names it by its SHA-256 and keeps it in
 * IndexedDB until the outbox uploads it.
 */
export async function keepPhoto(file: Blob): Promise<LocalPhoto> {
  const blob = await resized(file);
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const photo: LocalPhoto = { sha256, mime: blob.type, blob, uploaded: false };
  const db = await auditDb();
  const known = await db.get('photos', sha256);
  if (!known) await db.put('photos', photo);
  return known ?? photo;
}

async function resized(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the photo could not be encoded'))), 'image/jpeg', QUALITY),
    );
  } finally {
    bitmap.close();
  }
}

/** A URL to show a kept photo, or null if it is no longer on this tablet (already sent). */
export async function photoUrl(sha256: string): Promise<string | null> {
  const db = await auditDb();
  const photo = await db.get('photos', sha256);
  return photo ? URL.createObjectURL(photo.blob) : null;
}
