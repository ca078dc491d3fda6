import { ASSUMED_KERB_HEIGHT_CM, surfaceClass, type KerbType } from './attributes';
import type { ConstraintName } from './cost';
import type { LonLat } from './geo';
import type { RoutingProfile } from './profiles';
import type { RouteSegment, UnknownAttribute } from './segments';

export type WarningCode =
  | 'steep-uphill' | 'steep-downhill' | 'kerb' | 'unknown-kerb' | 'steps' | 'elevator'
  | 'crossing-without-signals' | 'crossing-without-audible-signals' | 'unmarked-crossing'
  | 'narrow' | 'rough-surface' | 'violates-constraint';

/** A warning as data: the UI renders "7% slope" or "4 cm kerb" in the resident's language. */
export interface RouteWarning {
  code: WarningCode;
  segment: number;
  location: LonLat;
  value?: number;
  unit?: '%' | 'cm' | 'm';
  constraint?: ConstraintName;
  /** For kerbs: the tagged type, when known ("raised", "rolled", ...). */
  kerbType?: KerbType | null;
}

/** A run of consecutive segments with at least one attribute unknown. */
export interface UnverifiedStretch {
  fromSegment: number;
  toSegment: number;
  lengthM: number;
  coordinates: LonLat[];
  attributes: UnknownAttribute[];
}

export interface UnverifiedSummary {
  lengthM: number;
  /** Share of the route's length, 0..1. */
  share: number;
  stretches: UnverifiedStretch[];
}

const percent = (grade: number) => Math.round(Math.abs(grade) * 1000) / 10;

function segmentWarnings(segment: RouteSegment, index: number, profile: RoutingProfile): RouteWarning[] {
  const start = segment.coordinates[0];
  const middle = segment.coordinates[Math.floor(segment.coordinates.length / 2)];
  const warnings: RouteWarning[] = [];
  const add = (code: WarningCode, location: LonLat, extra: Partial<RouteWarning> = {}) =>
    warnings.push({ code, segment: index, location, ...extra });
  for (const constraint of segment.violates) add('violates-constraint', middle, { constraint });
  if (segment.incline != null && Math.abs(segment.incline) > profile.warnIncline) {
    add(segment.incline > 0 ? 'steep-uphill' : 'steep-downhill', middle, { value: percent(segment.incline), unit: '%' });
  }
  segment.kerbs.forEach((kerb, i) => {
    const location = i === 0 && segment.kerbs.length > 1 ? start : segment.coordinates[segment.coordinates.length - 1];
    const height = kerb.heightCm ?? (kerb.type ? ASSUMED_KERB_HEIGHT_CM[kerb.type] : null);
    const ramped = kerb.type === 'lowered' || kerb.type === 'flush';
    const overLimit = height != null && profile.maxKerbHeightCm != null && height > profile.maxKerbHeightCm;
    if (height == null) {
      if (profile.maxKerbHeightCm != null) add('unknown-kerb', location);
    } else if (overLimit || (!ramped && height >= 1)) add('kerb', location, { value: height, unit: 'cm', kerbType: kerb.type });
  });
  if (segment.kind === 'steps') add('steps', start);
  if (segment.kind === 'elevator') add('elevator', start);
  if (segment.kind === 'crossing') {
    if (segment.trafficSignals === false) add('crossing-without-signals', start);
    else if (profile.preferAudibleSignals && segment.audibleSignals === false) add('crossing-without-audible-signals', start);
  }
  if (profile.minWidthM != null && segment.widthM != null && segment.widthM < profile.minWidthM) {
    add('narrow', middle, { value: segment.widthM, unit: 'm' });
  }
  if (profile.wheeled && (surfaceClass(segment.surface) === 'rough' || surfaceClass(segment.surface) === 'soft')) {
    add('rough-surface', middle);
  }
  return warnings;
}

export function routeWarnings(segments: RouteSegment[], profile: RoutingProfile): RouteWarning[] {
  return segments.flatMap((segment, index) => segmentWarnings(segment, index, profile));
}

/** How much of the route rests on unsurveyed attributes, and where. */
export function unverifiedSummary(segments: RouteSegment[]): UnverifiedSummary {
  const total = segments.reduce((sum, segment) => sum + segment.lengthM, 0);
  const stretches: UnverifiedStretch[] = [];
  let current: UnverifiedStretch | null = null;
  segments.forEach((segment, index) => {
    if (!segment.unknown.length) {
      current = null;
      return;
    }
    if (!current) {
      current = { fromSegment: index, toSegment: index, lengthM: 0, coordinates: [...segment.coordinates], attributes: [] };
      stretches.push(current);
    } else {
      current.toSegment = index;
      current.coordinates.push(...segment.coordinates.slice(1));
    }
    current.lengthM += segment.lengthM;
    for (const attribute of segment.unknown) if (!current.attributes.includes(attribute)) current.attributes.push(attribute);
  });
  const lengthM = stretches.reduce((sum, stretch) => sum + stretch.lengthM, 0);
  return { lengthM, share: total > 0 ? lengthM / total : 0, stretches };
}
