import { z } from 'zod';

/** `lon,lat` of the tablet, in degrees. */
const NearParam = z.string().transform((value, ctx) => {
  const parts = value.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
  const [lon, lat] = parts;
  if (parts.length !== 2 || !parts.every(Number.isFinite) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    ctx.addIssue({ code: 'custom', message: 'near must be lon,lat in degrees, such as 71.43,51.13' });
    return z.NEVER;
  }
  return [lon, lat] as [number, number];
});

export const WorkListQuery = z.object({
  near: NearParam.optional(),
  limit: z.coerce.number().int().min(1).max(2000).default(200),
});
