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

/** Names what a union accepts when the value matches none of it (a branch's own, deeper problem keeps its message). */
function unionMessage(message: string) {
  return (issue: { code?: string }) => (issue.code === 'invalid_union' ? message : undefined);
}

/** POST /api/routes body. */
export const RouteBody = z.object({
  from: LonLat,
  to: z.union([LonLat, z.strictObject({ facilityId: z.number().int().positive() })], {
    error: unionMessage('to is [longitude, latitude] or {facilityId}'),
  }),
  profile: z
    .union([z.enum(PROFILE_NAMES as [ProfileName, ...ProfileName[]]), CustomProfile], {
      error: unionMessage(`profile is one of ${PROFILE_NAMES.join(', ')}, or an object of limits (${Object.keys(CustomProfile.shape).join(', ')})`),
    })
    .default('manual-wheelchair'),
  optimize: z.enum(['comfort', 'distance']).default('comfort'),
});
