import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { hashSessionToken } from '../../auth/session-token';

/** Ends a session; expired sessions are swept at the same time. */
export async function signOut(database: Database, token: string): Promise<void> {
  await database.rows(sql`DELETE FROM sessions WHERE token_hash = ${hashSessionToken(token)} OR expires_at < now()`);
}
