import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';

/**
 * The facility map version: raised at the commit of any change to facilities (a trigger of
 * migration 0007 does it, whoever's code wrote), so a tile made at version v stays right until
 * the version moves on.
 */
export async function readMapVersion(database: Database): Promise<number> {
  const [row] = await database.rows<{ version: string | number }>(sql`SELECT version FROM facility_map_version WHERE id = 1`);
  return Number(row?.version ?? 0);
}
