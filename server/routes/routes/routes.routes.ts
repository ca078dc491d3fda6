import { z } from 'zod';
import { PROFILE_NAMES, type ProfileName } from '../../domain/routing/profiles';

const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], {
  error: 'a position is [longitude, latitude] in degrees',
});

const grade = z.number().min(0).max(1, 'inclines are fractions: 0.08 means 8 %');

/** A custom profile: limits as fractions, centimetres and metres; omitted fields take the defaults. */
export const CustomProfile = z.strictObject({
  maxIncline: grade.nullable().optional(),
  maxUphill: grade.nullable().optional(),
  maxDownhill: grade.nullable().optional(),
  avoidSteps: z.boolean().optional(),
  maxKerbHeightCm: z.number().min(0).max(100).nullable().optional(),
  minWidthM: z.number().min(0).max(10).nullable().optional(),
  preferTactile: z.boolean().optional(),
  preferAudibleSignals: z.boolean().optional(),
  avoidUnknownSurface: z.boolean().optional(),
  speedMps: z.number().positive().max(5).optional(),
});

/** POST /api/routes body. */
export const RouteBody = z.object({
  from: LonLat,
  to: z.union([LonLat, z.strictObject({ facilityId: z.number().int().positive() })]),
  profile: z.union([z.enum(PROFILE_NAMES as [ProfileName, ...ProfileName[]]), CustomProfile]).default('manual-wheelchair'),
  optimize: z.enum(['comfort', 'distance']).default('comfort'),
});
