import { readFileSync } from 'node:fs';
import { openDatabase, type Database } from '../../db/client';
import { templatePath } from './pglite-template';

export type DatabaseKind = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server with PostGIS. */
export const databaseKinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * A fresh, migrated database of its own for one test file: PGlite loaded from the prepared
 * template, or a new PostgreSQL database (dropped again on close) beside TEST_DATABASE_URL.
 */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') {
    return openDatabase({ loadDataDir: new Blob([readFileSync(templatePath())]) });
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `kz_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openDatabase({ url: adminUrl, poolSize: 1, migrate: false }).catch((err) => {
    throw new Error(`TEST_DATABASE_URL is set but unusable: ${(err as Error).message}`);
  });
  const { sql } = await import('drizzle-orm');
  await admin.rows(sql.raw(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 4 });
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      await admin.rows(sql.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      await admin.close();
    },
  };
}
