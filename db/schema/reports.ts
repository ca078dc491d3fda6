import { bigint, bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { facilities } from './facilities';
import { users } from './users';

/** Where a report stands in the inspectors' queue. */
export const REPORT_STATUSES = ['new', 'seen', 'resolved', 'rejected'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * Problems residents report about a facility, without an account ("the ramp is blocked by
 * parked cars"). Text is stored exactly as sent, as plain text: it is never HTML. `photoSha256`
 * names an uploaded photo in the storage folder. Nothing identifying the sender is kept.
 */
export const reports = pgTable(
  'reports',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    facilityId: bigint('facility_id', { mode: 'number' })
      .notNull()
      .references(() => facilities.id),
    /** The kind of problem, one of the ids of the report form. */
    what: text('what').notNull(),
    /** The zone of the doorstep-to-doorstep chain where the problem is. */
    zone: text('zone').notNull(),
    /** The element within the zone in the resident's words ("second entrance", "lift B"). */
    element: text('element'),
    description: text('description').notNull(),
    photoSha256: text('photo_sha256'),
    status: text('status').$type<ReportStatus>().notNull().default('new'),
    /** Who last changed the status, when, and why in their words (null while the report is new). */
    statusChangedBy: bigint('status_changed_by', { mode: 'number' }).references(() => users.id),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    statusNote: text('status_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_facility_idx').on(t.facilityId, t.createdAt), index('reports_created_idx').on(t.createdAt)],
);
