import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { Database } from '../../../db/client';

/** The channel migration 0013 announces each new facility map version on. */
const CHANNEL = 'kz_facility_map_version';
/** Without news for this long, the version is read again (in case the listening connection died quietly). */
const CONFIRM_EVERY_MS = 10_000;

/**
 * The facility map version: raised at the commit of any change to facilities (a trigger of
 * migration 0007 does it, whoever's code wrote), so a tile made at version v stays right until
 * the version moves on.
 */
export async function readMapVersion(database: Database): Promise<number> {
  const [row] = await database.rows<{ version: string | number }>(sql`SELECT version FROM facility_map_version WHERE id = 1`);
  return Number(row?.version ?? 0);
}

/** Where tile requests learn the current map version. */
export interface MapVersionSource {
  current(): Promise<number>;
  /** Stops listening (the server keeps listening for its lifetime). */
  close(): Promise<void>;
}

/**
 * On PostgreSQL, given its URL, the version is kept in memory from LISTEN notifications (sent
 * after each commit that changed facilities) and confirmed by a read every 10 s, so a cached tile
 * is served without a database round trip. Elsewhere (PGlite, in process) it is read per request.
 */
export function mapVersionSource(database: Database, databaseUrl: string | undefined): MapVersionSource {
  if (database.kind !== 'postgres' || !databaseUrl) return { current: () => readMapVersion(database), close: async () => {} };
  let known: number | null = null;
  let confirmedAt = 0;
  const learn = (version: number) => {
    known = Math.max(known ?? 0, version);
    confirmedAt = Date.now();
  };
  const confirm = async () => learn(await readMapVersion(database));
  const listener = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  // Each (re)connection of the listener reads the version: notifications sent meanwhile are lost.
  listener.listen(CHANNEL, (payload) => learn(Number(payload)), () => void confirm().catch(() => {})).catch(() => {});
  return {
    async current() {
      if (known === null) await confirm();
      else if (Date.now() - confirmedAt > CONFIRM_EVERY_MS) void confirm().catch(() => {});
      return known!;
    },
    close: () => listener.end({ timeout: 1 }),
  };
}
