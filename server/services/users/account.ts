import { ROLES, type Role } from '../../../db/schema/users';

export { ROLES, type Role };

/** A signed-in person as the API shows them: never the password hash. */
export interface Account {
  id: number;
  email: string;
  role: Role;
  /** KATO codes of the regions an inspector may audit; empty for officials and admins. */
  regions: string[];
  displayName: string | null;
  createdAt: string;
  disabled: boolean;
}

export interface AccountRow {
  id: number | string;
  email: string;
  role: Role;
  regions: string[] | string;
  display_name: string | null;
  created_at: Date | string;
  disabled_at: Date | string | null;
}

/** The columns `toAccount` reads, for raw queries over `users u`. */
export const accountColumns = 'u.id, u.email, u.role, u.regions, u.display_name, u.created_at, u.disabled_at';

export function toAccount(row: AccountRow): Account {
  return {
    id: Number(row.id),
    email: row.email,
    role: row.role,
    regions: parseTextArray(row.regions),
    displayName: row.display_name,
    createdAt: new Date(row.created_at).toISOString(),
    disabled: row.disabled_at !== null,
  };
}

/** Emails compare case-insensitively: stored and looked up in lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** postgres.js returns text[] as an array; PGlite through `execute` may return the literal `{a,b}`. */
function parseTextArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner ? inner.split(',').map((v) => v.replace(/^"|"$/g, '')) : [];
}
