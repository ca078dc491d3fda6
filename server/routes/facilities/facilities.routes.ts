import { z } from 'zod';
import { categoryIds } from '../../domain/categories';

const KNOWN = new Set(categoryIds);

/** `minLon,minLat,maxLon,maxLat` in WGS 84, min below max. */
export const BboxParam = z
  .string()
  .transform((value, ctx) => {
    const parts = value.split(',').map((p) => (p.trim() === '' ? NaN : Number(p)));
    const [minLon, minLat, maxLon, maxLat] = parts;
    const valid =
      parts.length === 4 &&
      parts.every(Number.isFinite) &&
      minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90 &&
      minLon < maxLon && minLat < maxLat;
    if (!valid) {
      ctx.addIssue({ code: 'custom', message: 'bbox must be minLon,minLat,maxLon,maxLat in degrees, with min < max' });
      return z.NEVER;
    }
    return parts as [number, number, number, number];
  });

/** One category id or several separated by commas. */
export const CategoryParam = z.string().transform((value, ctx) => {
  const ids = value.split(',').map((c) => c.trim()).filter(Boolean);
  const unknown = ids.filter((c) => !KNOWN.has(c));
  if (ids.length === 0 || unknown.length > 0) {
    ctx.addIssue({ code: 'custom', message: `unknown category ${unknown.join(', ') || '(empty)'}; known: ${categoryIds.join(', ')}` });
    return z.NEVER;
  }
  return ids;
});

export const ListFacilitiesQuery = z.object({
  bbox: BboxParam.optional(),
  category: CategoryParam.optional(),
  limit: z.coerce.number().int().min(1).max(10_000).default(2_000),
});

export const FacilityIdParam = z.object({
  id: z.string().regex(/^[1-9]\d{0,15}$/, 'id must be a positive whole number').transform(Number),
});
