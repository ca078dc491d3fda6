import { z } from 'zod';

const Id = z.string().regex(/^[1-9]\d{0,15}$/, 'id must be a positive whole number').transform(Number);

export const FacilityIdParam = z.object({ id: Id });
export const AuditIdParam = z.object({ id: Id });

/** The tablet makes one UUID when an audit starts and sends it with every retry. */
export const IdempotencyHeader = z.object({
  'idempotency-key': z.uuid('Idempotency-Key must be a UUID made by the tablet when the audit started'),
});

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
/** Tablet clocks drift: an audit up to a day "in the future" is accepted, beyond that it is a wrong clock. */
const MAX_CLOCK_AHEAD_MS = 86_400_000;

export const AuditBody = z.object({
  checklistVersion: z.string().trim().min(1).max(64),
  answers: z
    .record(z.string().min(1).max(200), z.unknown())
    .refine((answers) => Object.keys(answers).length <= 2000, 'at most 2000 answers'),
  auditedAt: z.iso
    .datetime({ offset: true, message: 'auditedAt must be an ISO date-time such as 2025-05-01T10:30:00Z' })
    .refine((at) => Date.parse(at) <= Date.now() + MAX_CLOCK_AHEAD_MS, 'auditedAt is in the future; check the tablet clock')
    .refine((at) => Date.parse(at) >= Date.parse('2000-01-01T00:00:00Z'), 'auditedAt is before 2000; check the tablet clock'),
  position: z.tuple([Lon, Lat]).nullish(),
  photos: z
    .array(z.object({ itemId: z.string().min(1).max(200), sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 of the uploaded photo') }))
    .max(300)
    .default([]),
  note: z.string().max(10_000).nullish(),
});
