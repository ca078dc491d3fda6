import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { accountColumns, toAccount, type Account, type AccountRow } from './account';

/** Every account, by email, for the admin page. */
export async function listUsers(database: Database): Promise<Account[]> {
  const rows = await database.rows<AccountRow>(sql`SELECT ${sql.raw(accountColumns)} FROM users u ORDER BY u.email`);
  return rows.map(toAccount);
}
