import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { decoyHash, verifyPassword } from '../../auth/password';
import { hashSessionToken, newSessionToken } from '../../auth/session-token';
import { UnauthorizedError } from '../../errors';
import { accountColumns, normaliseEmail, toAccount, type Account, type AccountRow } from '../users/account';
import { assertMayTrySignIn, clearSignInFailures, recordSignInFailure } from './login-throttle';

export interface SignedIn {
  account: Account;
  token: string;
  expiresAt: Date;
}

/**
 * Checks an email and password and opens a session. A wrong email and a wrong password give the
 * same answer in about the same time; a disabled account cannot sign in.
 */
export async function signIn(
  database: Database,
  credentials: { email: string; password: string; ip: string },
  sessionDays: number,
): Promise<SignedIn> {
  const email = normaliseEmail(credentials.email);
  await assertMayTrySignIn(database, email, credentials.ip);
  const [row] = await database.rows<AccountRow & { password_hash: string }>(
    sql`SELECT ${sql.raw(accountColumns)}, u.password_hash FROM users u WHERE u.email = ${email}`,
  );
  const matches = await verifyPassword(credentials.password, row?.password_hash ?? (await decoyHash));
  if (!row || !matches || row.disabled_at !== null) {
    await recordSignInFailure(database, email, credentials.ip);
    throw new UnauthorizedError('The email or the password is wrong.');
  }
  await clearSignInFailures(database, email);
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + sessionDays * 86_400_000);
  await database.rows(sql`
    INSERT INTO sessions (token_hash, user_id, expires_at)
    VALUES (${hashSessionToken(token)}, ${row.id}, ${expiresAt.toISOString()})`);
  return { account: toAccount(row), token, expiresAt };
}
