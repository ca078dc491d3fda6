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
  /** Metres of the route on which each attribute is unknown, most unknown first. */
  byAttribute: { attribute: UnknownAttribute; lengthM: number; share: number }[];
  stretches: UnverifiedStretch[];
}

const percent = (grade: number) => Math.round(Math.abs(grade) * 1000) / 10;

function warn(warnings: RouteWarning[], code: WarningCode, segment: number, location: LonLat, extra?: Partial<RouteWarning>): void {
  warnings.push(extra ? { code, segment, location, ...extra } : { code, segment, location });
}

function segmentWarnings(segment: RouteSegment, index: number, profile: RoutingProfile, warnings: RouteWarning[]): void {
  const start = segment.coordinates[0];
  const middle = segment.coordinates[Math.floor(segment.coordinates.length / 2)];
  for (const constraint of segment.violates) warn(warnings, 'violates-constraint', index, middle, { constraint });
  if (segment.incline != null && Math.abs(segment.incline) > profile.warnIncline) {
    warn(warnings, segment.incline > 0 ? 'steep-uphill' : 'steep-downhill', index, middle, { value: percent(segment.incline), unit: '%' });
  }
  segment.kerbs.forEach((kerb, i) => {
    const location = i === 0 && segment.kerbs.length > 1 ? start : segment.coordinates[segment.coordinates.length - 1];
    const height = kerb.heightCm ?? (kerb.type ? ASSUMED_KERB_HEIGHT_CM[kerb.type] : null);
    const ramped = kerb.type === 'lowered' || kerb.type === 'flush';
    const overLimit = height != null && profile.maxKerbHeightCm != null && height > profile.maxKerbHeightCm;
    if (height == null) {
      if (profile.maxKerbHeightCm != null) warn(warnings, 'unknown-kerb', index, location);
    } else if (overLimit || (!ramped && height >= 1)) warn(warnings, 'kerb', index, location, { value: height, unit: 'cm', kerbType: kerb.type });
  });
  if (segment.kind === 'steps') warn(warnings, 'steps', index, start);
  if (segment.kind === 'elevator') warn(warnings, 'elevator', index, start);
  if (segment.kind === 'crossing') {
    if (segment.trafficSignals === false) warn(warnings, 'crossing-without-signals', index, start);
    else if (profile.preferAudibleSignals && segment.audibleSignals === false) warn(warnings, 'crossing-without-audible-signals', index, start);
  }
  if (profile.minWidthM != null && segment.widthM != null && segment.widthM < profile.minWidthM) {
    warn(warnings, 'narrow', index, middle, { value: segment.widthM, unit: 'm' });
  }
  if (profile.wheeled && (surfaceClass(segment.surface) === 'rough' || surfaceClass(segment.surface) === 'soft')) {
    warn(warnings, 'rough-surface', index, middle);
  }
}

export function routeWarnings(segments: RouteSegment[], profile: RoutingProfile): RouteWarning[] {
  const warnings: RouteWarning[] = [];
  segments.forEach((segment, index) => segmentWarnings(segment, index, profile, warnings));
  return warnings;
}

/** How much of the route rests on unsurveyed attributes, and where. */
export function unverifiedSummary(segments: RouteSegment[]): UnverifiedSummary {
  const total = segments.reduce((sum, segment) => sum + segment.lengthM, 0);
  const stretches: UnverifiedStretch[] = [];
  const unknownMetres = new Map<UnknownAttribute, number>();
  let current: UnverifiedStretch | null = null;
  segments.forEach((segment, index) => {
    for (const attribute of segment.unknown) unknownMetres.set(attribute, (unknownMetres.get(attribute) ?? 0) + segment.lengthM);
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
  const shareOf = (metres: number) => (total > 0 ? metres / total : 0);
  const byAttribute = [...unknownMetres]
    .map(([attribute, metres]) => ({ attribute, lengthM: metres, share: shareOf(metres) }))
    .sort((a, b) => b.lengthM - a.lengthM);
  return { lengthM, share: shareOf(lengthM), byAttribute, stretches };
}
