import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { rowsOf } from '../../../db/client';
import { NotFoundError } from '../../errors';
import { accountColumns, toAccount, type Account, type AccountRow } from './account';

/** Switches an account off (ending its sessions at once) or on again. */
export async function setUserDisabled(database: Database, id: number, disabled: boolean): Promise<Account> {
  return database.db.transaction(async (tx) => {
    const [row] = rowsOf<AccountRow>(
      await tx.execute(sql`
        UPDATE users u SET disabled_at = ${disabled ? sql`COALESCE(u.disabled_at, now())` : sql`NULL`}
        WHERE u.id = ${id} RETURNING ${sql.raw(accountColumns)}`),
    );
    if (!row) throw new NotFoundError(`No account has id ${id}.`);
    if (disabled) await tx.execute(sql`DELETE FROM sessions WHERE user_id = ${id}`);
    return toAccount(row);
  });
}
