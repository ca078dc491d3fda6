import { surfaceClass, type EdgeKind, type Kerb } from './attributes';
import { CONSTRAINT_NAMES, Constraint, violations, type ConstraintName } from './cost';
import { slicePolyline, type LonLat } from './geo';
import { KERB_UNKNOWN, Tri, TriField, UNKNOWN_BYTE, type PedestrianGraph } from './graph';
import type { RoutingProfile } from './profiles';

/** One stretch of one edge, walked from `fromFraction` to `toFraction` of its length. */
export interface Piece {
  edge: number;
  reversed: boolean;
  fromFraction: number;
  toFraction: number;
  /** END_SOURCE / END_TARGET bits of the edge ends this piece passes. */
  ends: number;
}

/** Attribute names a segment may lack; the UI translates them. */
export type UnknownAttribute = 'incline' | 'surface' | 'width' | 'kerb' | 'tactilePaving' | 'audibleSignals';

export interface RouteSegment {
  edgeId: number;
  kind: EdgeKind;
  name: string | null;
  coordinates: LonLat[];
  lengthM: number;
  durationS: number;
  /** Grade in the walking direction. */
  incline: number | null;
  surface: string | null;
  widthM: number | null;
  /** Kerbs passed, in walking order; type null = a kerb is there but not surveyed. */
  kerbs: Kerb[];
  trafficSignals: boolean | null;
  audibleSignals: boolean | null;
  tactilePaving: boolean | null;
  unknown: UnknownAttribute[];
  /** Constraints this segment breaks: only ever non-empty on a relaxed route. */
  violates: ConstraintName[];
}

const triValue = (value: Tri) => (value === Tri.Unknown ? null : value === Tri.Yes);

/** Seconds to walk or roll a segment: modified Tobler for walkers, a slowing climb for wheels. */
export function segmentDuration(lengthM: number, kind: EdgeKind, grade: number | null, profile: RoutingProfile): number {
  if (kind === 'elevator') return 30 + lengthM / 0.5;
  if (kind === 'steps') return lengthM / (profile.wheeled ? 0.2 : 0.4);
  const g = grade ?? 0;
  const speed = profile.wheeled
    ? profile.speedMps * Math.max(0.3, 1 - 5 * Math.max(0, g))
    : profile.speedMps * Math.exp(-3.5 * (Math.abs(g + 0.05) - 0.05));
  return lengthM / speed;
}

function kerbsPassed(graph: PedestrianGraph, piece: Piece): { kerbs: Kerb[]; unknown: boolean } {
  const order = piece.reversed ? [1, 0] : [0, 1];
  const kerbs: Kerb[] = [];
  let unknown = false;
  for (const end of order) {
    if (!(piece.ends & (1 << end))) continue;
    const kerb = graph.kerb(piece.edge, end === 1);
    if (!kerb) continue;
    kerbs.push(kerb);
    if (graph.kerbCode[piece.edge * 2 + end] === KERB_UNKNOWN) unknown = true;
  }
  return { kerbs, unknown };
}

/** A piece's geometry in walking order; a whole edge needs no measuring along it. */
function piecePolyline(graph: PedestrianGraph, piece: Piece): LonLat[] {
  const coordinates = graph.coordinates(piece.edge);
  if (piece.fromFraction === 0 && piece.toFraction === 1) return coordinates;
  if (piece.fromFraction === 1 && piece.toFraction === 0) return coordinates.reverse();
  return slicePolyline(coordinates, piece.fromFraction, piece.toFraction);
}

/** Describes a piece of the route for the client: geometry, attributes, what is not known. */
export function describePiece(graph: PedestrianGraph, piece: Piece, profile: RoutingProfile): RouteSegment {
  const { edge, reversed } = piece;
  const attributes = graph.attributes(edge);
  const lengthM = graph.edgeLength[edge] * Math.abs(piece.toFraction - piece.fromFraction);
  const incline = graph.incline(edge, reversed);
  const { kerbs, unknown: kerbUnknown } = kerbsPassed(graph, piece);
  const isCrossing = attributes.kind === 'crossing';
  const unknown: UnknownAttribute[] = [];
  if (incline == null && (profile.maxUphill != null || profile.maxDownhill != null)) unknown.push('incline');
  if (surfaceClass(attributes.surface) == null) unknown.push('surface');
  if (profile.minWidthM != null && graph.edgeWidthDm[edge] === UNKNOWN_BYTE) unknown.push('width');
  if (kerbUnknown) unknown.push('kerb');
  if (isCrossing && profile.preferTactile && graph.tri(edge, TriField.Tactile) === Tri.Unknown) unknown.push('tactilePaving');
  if (isCrossing && profile.preferAudibleSignals && graph.tri(edge, TriField.Audible) === Tri.Unknown) unknown.push('audibleSignals');
  const broken = violations(graph, edge, reversed, profile, piece.ends);
  return {
    edgeId: graph.edgeId[edge],
    kind: attributes.kind,
    name: attributes.name,
    coordinates: piecePolyline(graph, piece),
    lengthM,
    durationS: segmentDuration(lengthM, attributes.kind, incline, profile),
    incline,
    surface: attributes.surface,
    widthM: attributes.widthM,
    kerbs,
    trafficSignals: isCrossing ? triValue(graph.tri(edge, TriField.Signals)) : null,
    audibleSignals: isCrossing ? triValue(graph.tri(edge, TriField.Audible)) : null,
    tactilePaving: isCrossing ? triValue(graph.tri(edge, TriField.Tactile)) : null,
    unknown,
    violates: CONSTRAINT_NAMES.filter((name) => broken & Constraint[name]),
  };
}
