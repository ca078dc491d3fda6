import { bigserial, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** Roles: inspectors audit facilities of their regions; officials read statistics; admins manage users. */
export const ROLES = ['inspector', 'official', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** People who sign in. Residents use the app without an account. */
export const users = pgTable(
  'users',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<Role>().notNull(),
    /** KATO codes of the regions an inspector may audit (empty for officials and admins). */
    regions: text('regions').array().notNull().default([]),
    displayName: text('display_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when an admin switches the account off; its sessions end and it cannot sign in. */
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email)],
);
