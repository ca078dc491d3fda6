import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { hashPassword } from '../../auth/password';
import { ConflictError, UnprocessableError } from '../../errors';
import { accountColumns, normaliseEmail, toAccount, type Account, type AccountRow, type Role } from './account';

export interface NewUser {
  email: string;
  password: string;
  role: Role;
  regions: string[];
  displayName?: string | null;
}

/**
 * Creates an account. Inspectors need at least one region, and every region must be a known
 * KATO code; an email already in use is a conflict.
 */
export async function createUser(database: Database, user: NewUser): Promise<Account> {
  const email = normaliseEmail(user.email);
  const regions = [...new Set(user.regions)];
  if (user.role === 'inspector' && regions.length === 0) {
    throw new UnprocessableError('An inspector needs at least one region.', [{ path: 'regions', message: 'give the KATO codes of the regions this inspector audits' }]);
  }
  if (regions.length > 0) {
    const known = await database.rows<{ kato: string }>(
      sql`SELECT kato FROM regions WHERE kato IN (${sql.join(regions.map((r) => sql`${r}`), sql`, `)})`,
    );
    const unknown = regions.filter((r) => !known.some((k) => k.kato === r));
    if (unknown.length > 0) {
      throw new UnprocessableError(`Unknown region ${unknown.join(', ')}.`, unknown.map((r) => ({ path: 'regions', message: `no region has KATO code ${r}` })));
    }
  }
  const passwordHash = await hashPassword(user.password);
  const [row] = await database.rows<AccountRow>(sql`
    INSERT INTO users AS u (email, password_hash, role, regions, display_name)
    VALUES (${email}, ${passwordHash}, ${user.role}, ${sql`ARRAY[${sql.join(regions.map((r) => sql`${r}`), sql`, `)}]::text[]`}, ${user.displayName ?? null})
    ON CONFLICT (email) DO NOTHING
    RETURNING ${sql.raw(accountColumns)}`);
  if (!row) throw new ConflictError(`An account with the email ${email} already exists.`);
  return toAccount(row);
}
