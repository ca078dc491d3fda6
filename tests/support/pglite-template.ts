import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder, openDatabase } from '../../db/client';

const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'kedergisiz');

/** The template's file name changes whenever a migration does, so a stale one is never used. */
export function templatePath(): string {
  const hash = createHash('sha1');
  for (const file of readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).sort()) {
    hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  return join(cacheDir, `pglite-${hash.digest('hex').slice(0, 12)}.tar.gz`);
}

/**
 * A migrated PGlite database with PostGIS, dumped once: creating one takes ~12 s, loading the
 * dump ~3 s, so every test file starts from this instead of running initdb.
 */
export async function ensurePgliteTemplate(): Promise<string> {
  const path = templatePath();
  if (existsSync(path)) return path;
  const database = await openDatabase({});
  const dump = await database.dumpDataDir!();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  return path;
}
