import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a photo's bytes live: `<storage>/<first two hex digits>/<sha256>`, so no folder grows huge. */
export function photoPath(storageDir: string, sha256: string): string {
  return join(storageDir, sha256.slice(0, 2), sha256);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes the bytes under their hash unless they are already there. The file is written beside
 * its final name, flushed to disk and then renamed, so a crash leaves either no file or the
 * whole file, never a torn one; the folder is flushed too so the rename itself survives.
 */
export async function writePhotoFile(storageDir: string, sha256: string, bytes: Uint8Array): Promise<void> {
  const path = photoPath(storageDir, sha256);
  if (await exists(path)) return;
  const folder = join(storageDir, sha256.slice(0, 2));
  await mkdir(folder, { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.part`;
  const file = await open(temporary, 'wx');
  try {
    await file.writeFile(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    await rename(temporary, path);
  } catch (err) {
    await unlink(temporary).catch(() => {});
    throw err;
  }
  const dir = await open(folder, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
