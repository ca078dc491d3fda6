/**
 * Reads OpenStreetMap-style tags (OpenSidewalks uses the same keys) into routing attributes. A tag
 * that is missing or unreadable gives null: not surveyed, which routing treats as unknown.
 */
import { KERB_TYPES, type EdgeAttributes, type EdgeKind, type Kerb, type KerbType } from '../../domain/routing/attributes';

export type Tags = Record<string, string | number | undefined>;

const str = (value: Tags[string]) => (value === undefined || value === '' ? null : String(value).trim().toLowerCase());

const FOOTWAYS = new Set(['footway', 'path', 'pedestrian', 'living_street', 'corridor', 'track', 'bridleway']);
const ROADS = new Set([
  'primary', 'primary_link', 'secondary', 'secondary_link', 'tertiary', 'tertiary_link', 'residential',
  'unclassified', 'service', 'road',
]);
const YES = new Set(['yes', 'designated', 'permissive', 'official', 'destination']);

/** The kind of way for a pedestrian, or null when pedestrians cannot or should not use it. */
export function edgeKind(tags: Tags): EdgeKind | null {
  const highway = str(tags.highway);
  const foot = str(tags.foot);
  const access = str(tags.access);
  if (!highway || foot === 'no' || foot === 'use_sidepath') return null;
  if ((access === 'no' || access === 'private') && !(foot && YES.has(foot))) return null;
  if (highway === 'steps') return 'steps';
  if (highway === 'elevator') return 'elevator';
  if (str(tags.footway) === 'crossing' || str(tags.path) === 'crossing' || highway === 'crossing') return 'crossing';
  if (str(tags.footway) === 'sidewalk' || str(tags.path) === 'sidewalk') return 'sidewalk';
  if (str(tags.ramp) === 'yes' || str(tags['ramp:wheelchair']) === 'yes') return 'ramp';
  if (FOOTWAYS.has(highway)) return 'footway';
  if (highway === 'cycleway') return foot && YES.has(foot) ? 'footway' : null;
  if (ROADS.has(highway)) {
    const sidewalk = str(tags.sidewalk) ?? str(tags['sidewalk:both']);
    return sidewalk && ['both', 'left', 'right', 'yes'].includes(sidewalk) ? 'sidewalk' : 'road';
  }
  return null;
}

/** Yes/no tags: true, false, or null when absent or not a yes/no. */
export function yesNo(value: Tags[string]): boolean | null {
  const v = str(value);
  if (v === null) return null;
  if (['yes', 'designated', 'true', '1'].includes(v)) return true;
  if (['no', 'false', '0', 'incorrect', 'none'].includes(v)) return false;
  return null;
}

/** A length in metres from a number with an optional unit (OSM's default is metres): "1,5" → 1.5, "4 cm" → 0.04. */
export function metres(value: Tags[string]): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const v = str(value);
  const match = v?.replace(',', '.').match(/^(-?\d+(?:\.\d+)?)\s*(mm|cm|m)?$/);
  if (!match) return null;
  const number = Number(match[1]);
  return match[2] === 'mm' ? number / 1000 : match[2] === 'cm' ? number / 100 : number;
}

/** Grade as a fraction: OpenSidewalks gives -0.004; OSM gives "5%", "-8 %" or "4°"; "up" has no size. */
export function incline(value: Tags[string]): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const v = str(value);
  const match = v?.replace(',', '.').match(/^(-?\d+(?:\.\d+)?)\s*(%|°)?$/);
  if (!match) return null;
  const number = Number(match[1]);
  if (match[2] === '%') return number / 100;
  if (match[2] === '°') return Math.tan((number * Math.PI) / 180);
  return Math.abs(number) <= 1 ? number : number / 100;
}

/** A kerb from `kerb=*` and `kerb:height=*`, or null when neither is tagged. */
export function kerbOf(tags: Tags): Kerb | null {
  const raw = str(tags.kerb);
  const type: KerbType | null = raw === 'no' ? 'flush' : KERB_TYPES.includes(raw as KerbType) ? (raw as KerbType) : null;
  const heightM = metres(tags['kerb:height']);
  const heightCm = heightM == null ? null : Math.round(heightM * 1000) / 10;
  if (!type && heightCm == null) return str(tags.barrier) === 'kerb' ? { type: null, heightCm: null } : null;
  return { type, heightCm };
}

function crossingSignals(tags: Tags): boolean | null {
  const crossing = str(tags.crossing);
  const signals = yesNo(tags['crossing:signals']) ?? yesNo(tags.crossing_signals);
  if (signals !== null) return signals;
  if (crossing === 'traffic_signals') return true;
  if (crossing && ['uncontrolled', 'unmarked', 'marked', 'zebra', 'no'].includes(crossing)) return false;
  return null;
}

function crossingMarkings(tags: Tags): boolean | null {
  const markings = str(tags['crossing:markings']);
  if (markings) return markings !== 'no';
  const crossing = str(tags.crossing);
  const ref = str(tags.crossing_ref);
  if (crossing === 'zebra' || crossing === 'marked' || ref === 'zebra') return true;
  if (crossing === 'unmarked') return false;
  return null;
}

/** Routing attributes of a way (with its crossing node's tags merged in, where it has one). */
export function edgeAttributes(kind: EdgeKind, tags: Tags): EdgeAttributes {
  const sound = str(tags['traffic_signals:sound']);
  return {
    kind,
    incline: incline(tags.incline),
    widthM: metres(tags.width) ?? metres(tags.est_width),
    surface: str(tags.surface),
    tactilePaving: yesNo(tags.tactile_paving),
    trafficSignals: kind === 'crossing' ? crossingSignals(tags) : null,
    audibleSignals: sound === null ? null : sound === 'yes',
    crossingMarkings: kind === 'crossing' ? crossingMarkings(tags) : null,
    name: tags.name === undefined ? null : String(tags.name),
  };
}

/** Raw tags as strings, for the `tags` column. */
export function stringTags(tags: Tags, omit: readonly string[] = []): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags)) if (value !== undefined && !omit.includes(key)) result[key] = String(value);
  return result;
}
