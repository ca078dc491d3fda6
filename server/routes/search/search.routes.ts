import { z } from 'zod';
import { GROUPS } from '../../services/facilities/facility-feature';
import { CategoryParam } from '../facilities/facilities.routes';

/** Facility statuses per group, as the scoring module gives them (issue 3). */
export const STATUSES = ['accessible', 'partial', 'conditional', 'inaccessible', 'unknown'] as const;

/** `lon,lat` in degrees. */
export const NearParam = z.string().transform((value, ctx) => {
  const parts = value.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
  const [lon, lat] = parts;
  if (parts.length !== 2 || !parts.every(Number.isFinite) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    ctx.addIssue({ code: 'custom', message: 'near must be lon,lat in degrees, such as 71.43,51.13' });
    return z.NEVER;
  }
  return [lon, lat] as [number, number];
});

/** One status or several separated by commas. */
const StatusParam = z.string().transform((value, ctx) => {
  const statuses = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = statuses.filter((s) => !(STATUSES as readonly string[]).includes(s));
  if (statuses.length === 0 || unknown.length > 0) {
    ctx.addIssue({ code: 'custom', message: `unknown status ${unknown.join(', ') || '(empty)'}; known: ${STATUSES.join(', ')}` });
    return z.NEVER;
  }
  return statuses;
});

export const SearchQuery = z
  .object({
    q: z.string().max(200, 'q must be at most 200 characters').optional(),
    category: CategoryParam.optional(),
    status: StatusParam.optional(),
    group: z.enum(GROUPS, { message: `group must be one of ${GROUPS.join(', ')}` }).optional(),
    near: NearParam.optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .superRefine((query, ctx) => {
    if (query.status && !query.group) {
      ctx.addIssue({ code: 'custom', path: ['group'], message: 'status filters need the group they apply to (wheelchair, mobility, vision, hearing or intellectual)' });
    }
  });
