/** Why a chosen file cannot go with the report. */
export class PhotoProblem extends Error {
  constructor(readonly kind: 'unreadable' | 'tooLarge') {
    super(kind);
    this.name = 'PhotoProblem';
  }
}

/** Long side of a prepared photo: enough to read a sign or see a step, a few hundred KB as JPEG. */
const MAX_SIDE = 2048;
const QUALITY = 0.85;

/**
 * The photo as it is sent: decoded by the browser, scaled down to at most 2048 px on its long side
 * and re-encoded as JPEG. Re-encoding also drops what the camera wrote into the file (the place it
 * was taken, the phone), which a report without an account should not carry.
 * @example await preparePhoto(input.files[0], 8 * 1024 * 1024) // Blob of type image/jpeg
 */
export async function preparePhoto(file: Blob, maxBytes: number): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PhotoProblem('unreadable');
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d')!;
  // JPEG has no transparency: a transparent PNG goes onto white, not black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const photo = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
  if (!photo) throw new PhotoProblem('unreadable');
  if (photo.size > maxBytes) throw new PhotoProblem('tooLarge');
  return photo;
}
