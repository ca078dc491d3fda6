import { bigint, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Uploaded audit photos. The bytes live in the storage folder under their SHA-256
 * (KEDERGISIZ_STORAGE_DIR), never in a row; this table says which hashes exist, their checked
 * type and who uploaded them first, so an audit can only refer to a photo that really arrived.
 * `uploadedBy` is null for a photo a resident attached to a report: residents have no account, and
 * nothing about them is kept (docs/adr/0805).
 */
export const photos = pgTable('photos', {
  sha256: text('sha256').primaryKey(),
  mime: text('mime').notNull(),
  bytes: integer('bytes').notNull(),
  uploadedBy: bigint('uploaded_by', { mode: 'number' }).references(() => users.id),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});
