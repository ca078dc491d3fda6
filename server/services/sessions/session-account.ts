import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { hashSessionToken } from '../../auth/session-token';
import { accountColumns, toAccount, type Account, type AccountRow } from '../users/account';

/** The account a session token belongs to, or null when the session is unknown, expired or disabled. */
export async function sessionAccount(database: Database, token: string): Promise<Account | null> {
  const [row] = await database.rows<AccountRow>(sql`
    SELECT ${sql.raw(accountColumns)} FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = ${hashSessionToken(token)} AND s.expires_at > now() AND u.disabled_at IS NULL`);
  return row ? toAccount(row) : null;
}
