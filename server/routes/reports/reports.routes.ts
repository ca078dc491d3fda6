import { z } from 'zod';
import { REPORT_STATUSES } from '../../../db/schema/reports';
import { FacilityIdParam } from '../facilities/facilities.routes';

/** Kinds of problem a resident can report; the web app labels each id in kk, ru and en. */
export const REPORT_KINDS = [
  'path_blocked', // parked cars, snow, construction on the way in
  'ramp', // missing, too steep, broken, blocked
  'steps', // steps with no other way
  'door', // too heavy, too narrow, locked accessible entrance
  'lift', // out of order, too small
  'toilet', // accessible toilet missing, locked, used as storage
  'parking', // accessible spaces missing or taken
  'tactile', // tactile paving or signs missing or damaged
  'information', // no hearing loop, no sign language, unreadable signs
  'staff', // help refused
  'status_wrong', // the map says accessible and it is not, or the reverse
  'other',
] as const;

/** Zones of the doorstep-to-doorstep chain (issue 3), where the problem is. */
export const REPORT_ZONES = ['approach', 'site', 'entrance', 'inside', 'service', 'sanitary', 'information'] as const;

/** The report form's limits, also served to the web app by GET /api/reports/form. */
export const REPORT_LIMITS = {
  descriptionMin: 5,
  descriptionMax: 2000,
  elementMax: 200,
  /** A person needs at least this long to pick what and where and write a line; scripts do not wait. */
  minFillMs: 3000,
} as const;

const NO_NUL = /^[^\u0000]*$/;

/** Text as a resident typed it: trimmed, lone surrogates replaced; NUL refused (PostgreSQL cannot store it). */
const residentText = (field: string, min: number, max: number) =>
  z
    .string({ message: `${field} must be text` })
    .regex(NO_NUL, `${field} must not contain NUL characters`)
    .transform((text) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd').trim())
    .pipe(z.string().min(min, `${field} must be at least ${min} characters`).max(max, `${field} must be at most ${max} characters`));

export const NewReportBody = z.object({
  what: z.enum(REPORT_KINDS, { message: `what must be one of ${REPORT_KINDS.join(', ')}` }),
  zone: z.enum(REPORT_ZONES, { message: `zone must be one of ${REPORT_ZONES.join(', ')}` }),
  element: residentText('element', 0, REPORT_LIMITS.elementMax).optional(),
  description: residentText('description', REPORT_LIMITS.descriptionMin, REPORT_LIMITS.descriptionMax),
  photo: z.string().regex(/^[0-9a-f]{64}$/, 'photo must be the SHA-256 (64 lower-case hex digits) of an uploaded photo').optional(),
  /** Honeypot: a field people never see (hidden from screen readers too), so never fill. */
  website: z.string().max(0, 'website must be left empty').optional(),
  /** Milliseconds between opening the form and sending it. */
  filledInMs: z.coerce
    .number({ message: 'filledInMs must be a number of milliseconds' })
    .min(REPORT_LIMITS.minFillMs, 'The form was sent too quickly. Please check it and send it again.'),
});

export const ReportListQuery = z.object({
  region: z.string().regex(/^\d{9}$/, 'region must be a 9-digit KATO code').optional(),
  /** One status, or `open` for the reports still to handle (new and seen). */
  status: z.enum([...REPORT_STATUSES, 'open'], { message: `status must be one of ${REPORT_STATUSES.join(', ')}, or open (new and seen)` }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** A report's id is a positive whole number, checked like a facility's. */
export const ReportIdParam = FacilityIdParam;

/** Staff move a report through the queue; the note (why it was rejected, what was done) is optional. */
export const ReportStatusBody = z
  .object({
    status: z.enum(REPORT_STATUSES, { message: `status must be one of ${REPORT_STATUSES.join(', ')}` }),
    note: residentText('note', 0, REPORT_LIMITS.descriptionMax).optional(),
  })
  .strict();
