import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';

/** The recorded photos among `hashes`, with their type. */
export async function findPhotos(database: Database, hashes: string[]): Promise<Map<string, string>> {
  if (hashes.length === 0) return new Map();
  const rows = await database.rows<{ sha256: string; mime: string }>(
    sql`SELECT sha256, mime FROM photos WHERE sha256 IN (${sql.join([...new Set(hashes)].map((h) => sql`${h}`), sql`, `)})`,
  );
  return new Map(rows.map((r) => [r.sha256, r.mime]));
}
