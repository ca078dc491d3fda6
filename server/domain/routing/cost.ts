import { surfaceClass } from './attributes';
import { KERB_UNKNOWN, Tri, TriField, UNKNOWN_BYTE, type PedestrianGraph } from './graph';
import type { RoutingProfile } from './profiles';

export type Optimize = 'comfort' | 'distance';

/** Hard constraints of a profile, as bits so a search can relax some of them. */
export const Constraint = { avoidSteps: 1, maxUphill: 2, maxDownhill: 4, maxKerbHeightCm: 8, minWidthM: 16 } as const;
export type ConstraintName = keyof typeof Constraint;
export const CONSTRAINT_NAMES = Object.keys(Constraint) as ConstraintName[];

/** Which ends of an edge a traversal passes: a route starting mid-edge passes only one. */
export const END_SOURCE = 1;
export const END_TARGET = 2;
export const BOTH_ENDS = 3;

/**
 * Cost added per edge that breaks a relaxed constraint, so a relaxed search (run only once no
 * compliant route exists) breaks as few constraints as it can while staying local.
 */
const RELAXED_PENALTY_M = 1000;
const RELAXED_FACTOR = 20;
/** The smallest grade a slope penalty is measured against (1 %). */
const MIN_SLOPE_SCALE = 0.01;

/**
 * Bitmask of the profile's constraints that a traversal breaks, judged on known values only:
 * an unsurveyed slope or kerb does not block (comfort routing penalises it instead).
 */
export function violations(graph: PedestrianGraph, edge: number, reversed: boolean, profile: RoutingProfile, ends = BOTH_ENDS): number {
  let broken = 0;
  if (profile.avoidSteps && graph.kind(edge) === 'steps') broken |= Constraint.avoidSteps;
  const grade = graph.incline(edge, reversed);
  if (grade != null) {
    if (profile.maxUphill != null && grade > profile.maxUphill + 1e-9) broken |= Constraint.maxUphill;
    if (profile.maxDownhill != null && -grade > profile.maxDownhill + 1e-9) broken |= Constraint.maxDownhill;
  }
  const width = graph.edgeWidthDm[edge];
  if (profile.minWidthM != null && width !== UNKNOWN_BYTE && width / 10 < profile.minWidthM - 1e-9) broken |= Constraint.minWidthM;
  if (profile.maxKerbHeightCm != null) {
    for (let end = 0; end < 2; end++) {
      if (!(ends & (1 << end))) continue;
      const height = graph.kerbHeightCm[edge * 2 + end];
      if (height !== UNKNOWN_BYTE && height > profile.maxKerbHeightCm) broken |= Constraint.maxKerbHeightCm;
    }
  }
  return broken;
}

/** Multiplier on length for comfort routing: slopes, surfaces, kinds of way, unknown values. */
function comfortFactor(graph: PedestrianGraph, edge: number, reversed: boolean, profile: RoutingProfile): number {
  let factor = 1;
  const kind = graph.kind(edge);
  // A carriageway without a mapped sidewalk: worse still for someone who cannot see the traffic.
  if (kind === 'road') factor += profile.preferAudibleSignals ? 3 : 1.5;
  if (kind === 'steps') factor += profile.avoidSteps ? 10 : profile.preferTactile ? 1 : 3;
  const grade = graph.incline(edge, reversed);
  const limit = grade == null ? null : grade >= 0 ? profile.maxUphill : profile.maxDownhill;
  // A limit of 0 (only flat ground) must not divide by zero: NaN costs would break the search.
  if (grade != null) factor += 2 * (Math.abs(grade) / Math.max(limit ?? 0.2, MIN_SLOPE_SCALE)) ** 2;
  else if (profile.maxUphill != null || profile.maxDownhill != null) factor += 0.3;
  const surface = surfaceClass(graph.strings[graph.edgeSurface[edge]] || null);
  if (surface === 'rough') factor += profile.wheeled ? 1 : 0.2;
  else if (surface === 'soft') factor += profile.wheeled ? 3 : 0.5;
  else if (surface == null) factor += profile.avoidUnknownSurface ? 1 : profile.wheeled ? 0.3 : 0.05;
  if (profile.minWidthM != null && graph.edgeWidthDm[edge] === UNKNOWN_BYTE) factor += 0.05;
  return factor;
}

/** Fixed comfort costs in metres-equivalent: crossing a street, kerbs, waiting for an elevator. */
function comfortExtra(graph: PedestrianGraph, edge: number, profile: RoutingProfile, fraction: number, ends: number): number {
  let extra = 0;
  const kind = graph.kind(edge);
  if (kind === 'elevator') extra += 30 * fraction;
  if (kind === 'crossing') {
    extra += 5;
    const markings = graph.tri(edge, TriField.Markings);
    extra += markings === Tri.No ? 10 : markings === Tri.Unknown ? 3 : 0;
    if (profile.preferAudibleSignals) {
      const audible = graph.tri(edge, TriField.Audible);
      extra += audible === Tri.No ? 120 : audible === Tri.Unknown ? 50 : 0;
    }
    if (profile.preferTactile) {
      const tactile = graph.tri(edge, TriField.Tactile);
      extra += tactile === Tri.No ? 40 : tactile === Tri.Unknown ? 15 : 0;
    }
    extra *= fraction;
  }
  for (let end = 0; end < 2; end++) {
    if (!(ends & (1 << end))) continue;
    const slot = edge * 2 + end;
    if (graph.kerbCode[slot] === KERB_UNKNOWN) extra += profile.maxKerbHeightCm != null ? 25 : 3;
    else if (graph.kerbHeightCm[slot] !== UNKNOWN_BYTE) extra += graph.kerbHeightCm[slot] * (profile.wheeled ? 4 : 1);
  }
  return extra;
}

/**
 * Cost of walking `fraction` of an edge in one direction; Infinity when a constraint outside
 * `relaxed` blocks it. `distance` costs are metres exactly, so they compare with pgr_dijkstra.
 */
export function traversalCost(
  graph: PedestrianGraph, edge: number, reversed: boolean, profile: RoutingProfile, optimize: Optimize,
  relaxed = 0, fraction = 1, ends = BOTH_ENDS,
): number {
  if (fraction === 0) return 0;
  const broken = violations(graph, edge, reversed, profile, ends);
  if (broken & ~relaxed) return Infinity;
  const cost = freeCost(graph, edge, reversed, profile, optimize, fraction, ends);
  return broken ? cost + RELAXED_PENALTY_M + RELAXED_FACTOR * graph.edgeLength[edge] * fraction : cost;
}

/** The cost of a traversal as if the profile had no hard limits: no edge blocked, no penalty. */
function freeCost(graph: PedestrianGraph, edge: number, reversed: boolean, profile: RoutingProfile, optimize: Optimize, fraction: number, ends: number): number {
  const length = graph.edgeLength[edge] * fraction;
  return optimize === 'distance' ? length
    : length * comfortFactor(graph, edge, reversed, profile) + comfortExtra(graph, edge, profile, fraction, ends);
}

/** Whole-edge costs in both directions for one profile: index `edge * 2 + reversed`. */
export function edgeCostTable(graph: PedestrianGraph, profile: RoutingProfile, optimize: Optimize, relaxed = 0): Float32Array {
  const table = new Float32Array(graph.edgeCount * 2);
  for (let e = 0; e < graph.edgeCount; e++) {
    table[e * 2] = traversalCost(graph, e, false, profile, optimize, relaxed);
    table[e * 2 + 1] = traversalCost(graph, e, true, profile, optimize, relaxed);
  }
  return table;
}

/**
 * The largest k with costs ≥ k · base on every half-edge `costs` allows (ADR 0205): then k times any
 * lower bound on `base` routes bounds `costs` routes. 0 when `base` blocks a half-edge `costs` allows
 * (its routes may be cheaper than any `base` route); with plain lengths as `base`, the smallest cost
 * per metre. One pass over the tables.
 * @example boundingFactor(customTable, namedTable) // 0.62: custom costs are ≥ 0.62 × named ones
 */
export function boundingFactor(costs: Float32Array, base: Float32Array): number {
  let factor = Infinity;
  for (let half = 0; half < costs.length; half++) {
    const cost = costs[half];
    if (cost === Infinity) continue;
    const bound = base[half];
    if (bound === Infinity) return 0;
    if (bound > 0 && cost < factor * bound) factor = cost / bound;
  }
  return factor === Infinity ? 1 : factor;
}
