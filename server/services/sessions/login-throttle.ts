import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { AppError } from '../../errors';

/** Sign-in attempts allowed per window before the next one is refused. */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 5, perIp: 30 };

export class TooManyAttemptsError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'too_many_attempts', `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
  }
}

/**
 * Refuses a sign-in while the email or the address has too many recent failures. The count is
 * read from the database so that every server process sees the same one (docs/adr/0402).
 */
export async function assertMayTrySignIn(database: Database, email: string, ip: string): Promise<void> {
  const window = sql`now() - make_interval(mins => ${LOGIN_LIMITS.windowMinutes})`;
  const [row] = await database.rows<{ by_email: number; by_ip: number; oldest: Date | string | null }>(sql`
    SELECT
      count(*) FILTER (WHERE email = ${email})::int AS by_email,
      count(*) FILTER (WHERE ip = ${ip})::int AS by_ip,
      min(failed_at) AS oldest
    FROM login_failures
    WHERE failed_at > ${window} AND (email = ${email} OR ip = ${ip})`);
  if (row.by_email >= LOGIN_LIMITS.perEmail || row.by_ip >= LOGIN_LIMITS.perIp) {
    const freedAt = new Date(row.oldest!).getTime() + LOGIN_LIMITS.windowMinutes * 60_000;
    throw new TooManyAttemptsError(Math.max(1, Math.round((freedAt - Date.now()) / 1000)));
  }
}

/** Counts one failure, and forgets failures older than a day so the table stays small. */
export async function recordSignInFailure(database: Database, email: string, ip: string): Promise<void> {
  await database.rows(sql`DELETE FROM login_failures WHERE failed_at < now() - interval '1 day'`);
  await database.rows(sql`INSERT INTO login_failures (email, ip) VALUES (${email}, ${ip})`);
}

/** A successful sign-in clears the email's failures (the address keeps its count). */
export async function clearSignInFailures(database: Database, email: string): Promise<void> {
  await database.rows(sql`DELETE FROM login_failures WHERE email = ${email}`);
}
