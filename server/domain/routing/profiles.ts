/**
 * Routing profiles. Limits follow AccessMap's defaults and the Kazakh norms collected in
 * shared/domain/accessibility-reference.md §5: a manual wheelchair takes 8 % up and 10 % down at most,
 * a kerb of at most 3 cm (OSM "lowered"), a path of at least 0.9 m.
 */

export type ProfileName = 'manual-wheelchair' | 'powered-wheelchair' | 'walker-cane' | 'blind-low-vision' | 'stroller';

export const PROFILE_NAMES: readonly ProfileName[] = [
  'manual-wheelchair', 'powered-wheelchair', 'walker-cane', 'blind-low-vision', 'stroller',
];

export interface RoutingProfile {
  name: ProfileName | 'custom';
  /** Walking or rolling speed on level ground, metres per second. */
  speedMps: number;
  /** Hard limits on known values; null means no limit. Inclines are positive fractions (0.08 = 8 %). */
  maxUphill: number | null;
  maxDownhill: number | null;
  avoidSteps: boolean;
  maxKerbHeightCm: number | null;
  minWidthM: number | null;
  /** Soft preferences, applied by comfort routing only. */
  preferTactile: boolean;
  preferAudibleSignals: boolean;
  avoidUnknownSurface: boolean;
  /** Wheels suffer on cobbles and gravel. */
  wheeled: boolean;
  /** Grade above which a slope is worth a warning. */
  warnIncline: number;
}

/** Overrides a client may send for a custom profile. `maxIncline` sets both directions. */
export interface CustomProfileInput {
  maxIncline?: number | null;
  maxUphill?: number | null;
  maxDownhill?: number | null;
  avoidSteps?: boolean;
  maxKerbHeightCm?: number | null;
  minWidthM?: number | null;
  preferTactile?: boolean;
  preferAudibleSignals?: boolean;
  avoidUnknownSurface?: boolean;
  speedMps?: number;
}

const BASE = { preferTactile: false, preferAudibleSignals: false, avoidUnknownSurface: false, minWidthM: null };

export const PROFILES: Record<ProfileName, RoutingProfile> = {
  'manual-wheelchair': {
    ...BASE, name: 'manual-wheelchair', speedMps: 0.8, maxUphill: 0.08, maxDownhill: 0.1, avoidSteps: true,
    maxKerbHeightCm: 3, minWidthM: 0.9, avoidUnknownSurface: true, wheeled: true, warnIncline: 0.05,
  },
  'powered-wheelchair': {
    ...BASE, name: 'powered-wheelchair', speedMps: 2, maxUphill: 0.12, maxDownhill: 0.12, avoidSteps: true,
    maxKerbHeightCm: 4, minWidthM: 0.9, wheeled: true, warnIncline: 0.08,
  },
  'walker-cane': {
    ...BASE, name: 'walker-cane', speedMps: 1, maxUphill: 0.14, maxDownhill: 0.14, avoidSteps: false,
    maxKerbHeightCm: null, wheeled: false, warnIncline: 0.08,
  },
  'blind-low-vision': {
    ...BASE, name: 'blind-low-vision', speedMps: 1, maxUphill: null, maxDownhill: null, avoidSteps: false,
    maxKerbHeightCm: null, preferTactile: true, preferAudibleSignals: true, wheeled: false, warnIncline: 0.1,
  },
  stroller: {
    ...BASE, name: 'stroller', speedMps: 1.1, maxUphill: 0.1, maxDownhill: 0.1, avoidSteps: true,
    maxKerbHeightCm: 6, minWidthM: 0.7, wheeled: true, warnIncline: 0.06,
  },
};

/** A profile with no constraints at all: the yardstick for "never longer than constrained". */
export const UNCONSTRAINED: RoutingProfile = {
  ...BASE, name: 'custom', speedMps: 1.3, maxUphill: null, maxDownhill: null, avoidSteps: false,
  maxKerbHeightCm: null, wheeled: false, warnIncline: 0.08,
};

/**
 * A custom profile: AccessMap's custom defaults (8 % up, 10 % down, avoid steps and raised kerbs),
 * then the client's overrides.
 * @example customProfile({ maxIncline: 0.06, avoidSteps: false })
 */
export function customProfile(input: CustomProfileInput): RoutingProfile {
  const pick = <T>(value: T | undefined, fallback: T) => (value === undefined ? fallback : value);
  const maxIncline = input.maxIncline;
  return {
    name: 'custom',
    speedMps: pick(input.speedMps, 0.8),
    maxUphill: pick(input.maxUphill, pick(maxIncline, 0.08)),
    maxDownhill: pick(input.maxDownhill, pick(maxIncline, 0.1)),
    avoidSteps: pick(input.avoidSteps, true),
    maxKerbHeightCm: pick(input.maxKerbHeightCm, 3),
    minWidthM: pick(input.minWidthM, null),
    preferTactile: pick(input.preferTactile, false),
    preferAudibleSignals: pick(input.preferAudibleSignals, false),
    avoidUnknownSurface: pick(input.avoidUnknownSurface, false),
    wheeled: true,
    warnIncline: 0.05,
  };
}

export function resolveProfile(profile: ProfileName | CustomProfileInput): RoutingProfile {
  return typeof profile === 'string' ? PROFILES[profile] : customProfile(profile);
}
