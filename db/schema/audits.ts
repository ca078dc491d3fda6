import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, index, jsonb, pgTable, real, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { facilities } from './facilities';
import { point } from './geometry';
import { users } from './users';

/**
 * Submitted audits: append-only. A correction is a new audit; nothing here is ever updated.
 * `answers` are as the inspector gave them (item id → answer), `result` is what the scoring
 * module of `checklistVersion` computed from them; the summary columns repeat parts of the
 * result for statistics. `idempotencyKey` is the tablet's UUID for the audit, so a retried
 * submission stores one row.
 */
export const audits = pgTable(
  'audits',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    facilityId: bigint('facility_id', { mode: 'number' })
      .notNull()
      .references(() => facilities.id),
    inspectorId: bigint('inspector_id', { mode: 'number' })
      .notNull()
      .references(() => users.id),
    idempotencyKey: text('idempotency_key').notNull(),
    /** SHA-256 of the canonical request; a retry with the same key but another body is refused. */
    requestDigest: text('request_digest'),
    checklistVersion: text('checklist_version').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    registryCode: text('registry_code'),
    score: smallint('score'),
    completeness: real('completeness').notNull(),
    adapted: boolean('adapted').notNull(),
    statusWheelchair: text('status_wheelchair').notNull(),
    statusMobility: text('status_mobility').notNull(),
    statusVision: text('status_vision').notNull(),
    statusHearing: text('status_hearing').notNull(),
    statusIntellectual: text('status_intellectual').notNull(),
    /** Where the tablet was when the audit was made, if it shared its position. */
    position: point('position'),
    /** When the inspector made the audit (the tablet's clock); may be before it reached us. */
    auditedAt: timestamp('audited_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().default(sql`now()`),
    /** Photos as `{itemId, sha256, mime}`; the files live in the storage folder. */
    photos: jsonb('photos').$type<{ itemId: string; sha256: string; mime: string }[]>().notNull().default([]),
    note: text('note'),
  },
  (t) => [
    uniqueIndex('audits_idempotency_uq').on(t.idempotencyKey),
    index('audits_facility_idx').on(t.facilityId, t.auditedAt),
    index('audits_audited_at_idx').on(t.auditedAt),
  ],
);
