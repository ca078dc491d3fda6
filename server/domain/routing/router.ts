import {
  BOTH_ENDS, CONSTRAINT_NAMES, Constraint, END_SOURCE, END_TARGET, edgeCostTable, traversalCost, violations,
  type ConstraintName, type Optimize,
} from './cost';
import { BidirectionalSearch } from './bidirectional';
import { buildDirections, type DirectionStep } from './directions';
import type { LonLat } from './geo';
import type { PedestrianGraph } from './graph';
import { LandmarkSets, type LandmarkOptions } from './landmark-sets';
import { RoutePotential } from './potential';
import type { RoutingProfile } from './profiles';
import { AStarSearch, type Terminal } from './search';
import { describePiece, type Piece, type RouteSegment } from './segments';
import { EdgeGrid, type Snap } from './snap';
import { routeWarnings, unverifiedSummary, type RouteWarning, type UnverifiedSummary } from './warnings';

export interface RouteRequest {
  from: LonLat;
  to: LonLat;
  profile: RoutingProfile;
  optimize: Optimize;
  /** Shown at the final step, e.g. the facility's name. */
  destination?: string | null;
}

export interface Route {
  distanceM: number;
  durationS: number;
  segments: RouteSegment[];
  warnings: RouteWarning[];
  unverified: UnverifiedSummary;
  directions: DirectionStep[];
  /** Constraints this route breaks because no route meets them; empty for a compliant route. */
  relaxed: ConstraintName[];
  snapped: { from: { point: LonLat; distanceM: number }; to: { point: LonLat; distanceM: number } };
}

export type RouteOutcome =
  | { status: 'ok'; route: Route }
  /** No route meets the profile: `blockedBy` names the constraints, `route` is the best that relaxes them. */
  | { status: 'relaxed'; blockedBy: ConstraintName[]; route: Route }
  | { status: 'unroutable'; reason: 'from-off-network' | 'to-off-network' | 'disconnected' };

const MAX_SNAP_M = 300;
const EVERY_CONSTRAINT = CONSTRAINT_NAMES.reduce((mask, name) => mask | Constraint[name], 0);
const MAX_CACHED_TABLES = 24;

/**
 * Plans routes on one in-memory graph with bidirectional A* guided by ALT landmarks (ADRs 0204, 0205).
 * Cost tables are cached per profile and optimisation, so a profile pays for its table once;
 * landmark distances on lengths are computed with the graph, a named profile's own on its first
 * route of a table, a custom profile's in idle time after its first route (borrowed until then).
 */
export class Router {
  private readonly grid: EdgeGrid;
  private readonly search: AStarSearch;
  private readonly bidirectional: BidirectionalSearch;
  private readonly potential: RoutePotential;
  private readonly tables = new Map<string, Float32Array>();
  readonly landmarks: LandmarkSets;

  /** @param options how many ALT landmarks guide the searches (`landmarks: 0`: straight-line bounds only) */
  constructor(readonly graph: PedestrianGraph, options: LandmarkOptions = {}) {
    this.grid = new EdgeGrid(graph);
    this.search = new AStarSearch(graph);
    this.bidirectional = new BidirectionalSearch(graph);
    this.potential = new RoutePotential(graph);
    this.landmarks = new LandmarkSets(graph, this.search, options);
  }

  /**
   * @example router.route({ from: [-122.14, 47.64], to: [-122.135, 47.645], profile: PROFILES['manual-wheelchair'], optimize: 'comfort' })
   */
  route(request: RouteRequest): RouteOutcome {
    const from = this.snap(request.from, request.profile);
    if (!from) return { status: 'unroutable', reason: 'from-off-network' };
    const to = this.snap(request.to, request.profile);
    if (!to) return { status: 'unroutable', reason: 'to-off-network' };
    const strict = this.bestPieces(from, to, request.profile, request.optimize, 0);
    if (strict) return { status: 'ok', route: this.assemble(strict, from, to, request) };
    const relaxed = this.bestPieces(from, to, request.profile, request.optimize, EVERY_CONSTRAINT);
    if (!relaxed) return { status: 'unroutable', reason: 'disconnected' };
    const route = this.assemble(relaxed, from, to, request);
    return { status: 'relaxed', blockedBy: route.relaxed, route };
  }

  /**
   * Builds a profile's strict and relaxed cost tables and their landmark distances now rather than
   * on its first route (a named profile's landmarks take two Dijkstra runs per landmark).
   */
  prepare(profile: RoutingProfile, optimize: Optimize): void {
    for (const relaxed of [0, EVERY_CONSTRAINT]) this.landmarks.forTable(profile, optimize, relaxed !== 0, this.table(profile, optimize, relaxed));
  }

  /**
   * One step of work that makes later routes faster: a Dijkstra run (tens of ms on 200,000 edges)
   * towards the landmark set of a custom profile routed recently (ADR 0205). True while work remains;
   * a server calls it when idle, one step at a time, so requests are never held up for long.
   */
  idleStep(): boolean {
    return this.landmarks.buildStep();
  }

  /** Nearest edge usable in some direction by the profile; else the nearest edge at all. */
  snap(point: LonLat, profile: RoutingProfile): Snap | null {
    const usable = (edge: number) => violations(this.graph, edge, false, profile, 0) === 0 || violations(this.graph, edge, true, profile, 0) === 0;
    return this.grid.nearest(point, MAX_SNAP_M, usable) ?? this.grid.nearest(point, MAX_SNAP_M);
  }

  /** Shortest path between two nodes by index, for comparisons with pgRouting. */
  nodeToNode(source: number, target: number, profile: RoutingProfile, optimize: Optimize): { cost: number; edges: number[] } | null {
    const table = this.table(profile, optimize, 0);
    const at = (node: number): LonLat => [this.graph.nodeLon[node], this.graph.nodeLat[node]];
    const result = this.searchBetween(table, [{ node: source, cost: 0 }], [{ node: target, cost: 0 }], at(source), at(target), profile, optimize, false);
    return result && { cost: result.cost, edges: result.halfEdges.map((half) => half >> 1) };
  }

  private table(profile: RoutingProfile, optimize: Optimize, relaxed: number): Float32Array {
    const key = `${JSON.stringify(profile)}|${optimize}|${relaxed}`;
    let table = this.tables.get(key);
    if (!table) {
      if (this.tables.size >= MAX_CACHED_TABLES) this.tables.delete(this.tables.keys().next().value!);
      table = edgeCostTable(this.graph, profile, optimize, relaxed);
      this.tables.set(key, table);
    }
    return table;
  }

  private searchBetween(
    table: Float32Array, starts: Terminal[], goals: Terminal[], startPoint: LonLat, goalPoint: LonLat,
    profile: RoutingProfile, optimize: Optimize, relaxed: boolean,
  ) {
    this.potential.prepare(starts, goals, startPoint, goalPoint, this.landmarks.forTable(profile, optimize, relaxed, table));
    return this.bidirectional.run(table, starts, goals, this.potential);
  }

  /** The cheapest sequence of pieces from one snapped point to the other, or null when blocked. */
  private bestPieces(from: Snap, to: Snap, profile: RoutingProfile, optimize: Optimize, relaxed: number): Piece[] | null {
    const graph = this.graph;
    const partial = (snap: Snap, reversed: boolean, fraction: number, ends: number) =>
      traversalCost(graph, snap.edge, reversed, profile, optimize, relaxed, fraction, ends);
    const fromEdge = from.edge;
    const toEdge = to.edge;
    const usable = (t: Terminal & { atSource: boolean }) => t.cost < Infinity;
    const starts = [
      { node: graph.edgeSource[fromEdge], cost: partial(from, true, from.fraction, END_SOURCE), atSource: true },
      { node: graph.edgeTarget[fromEdge], cost: partial(from, false, 1 - from.fraction, END_TARGET), atSource: false },
    ].filter(usable);
    const goals = [
      { node: graph.edgeSource[toEdge], cost: partial(to, false, to.fraction, END_SOURCE), atSource: true },
      { node: graph.edgeTarget[toEdge], cost: partial(to, true, 1 - to.fraction, END_TARGET), atSource: false },
    ].filter(usable);
    const directReversed = to.fraction < from.fraction;
    const direct = fromEdge === toEdge ? partial(from, directReversed, Math.abs(to.fraction - from.fraction), 0) : Infinity;
    const table = this.table(profile, optimize, relaxed);
    // A strict search that cannot succeed would settle every node it can reach: a cheap two-sided
    // reachability sweep settles that first.
    const found = starts.length && goals.length ? this.searchBetween(table, starts, goals, from.point, to.point, profile, optimize, relaxed !== 0) : null;
    if (direct < Infinity && (!found || direct <= found.cost)) {
      const piece = { edge: fromEdge, reversed: directReversed, fromFraction: from.fraction, toFraction: to.fraction, ends: 0 };
      return piece.fromFraction === piece.toFraction ? [] : [piece];
    }
    if (!found) return null;
    const start = starts.filter((s) => s.node === found.startNode).sort((a, b) => a.cost - b.cost)[0];
    const goal = goals[found.goal];
    const pieces: Piece[] = [start.atSource
      ? { edge: fromEdge, reversed: true, fromFraction: from.fraction, toFraction: 0, ends: END_SOURCE }
      : { edge: fromEdge, reversed: false, fromFraction: from.fraction, toFraction: 1, ends: END_TARGET }];
    for (const half of found.halfEdges) {
      const reversed = (half & 1) === 1;
      pieces.push({ edge: half >> 1, reversed, fromFraction: reversed ? 1 : 0, toFraction: reversed ? 0 : 1, ends: BOTH_ENDS });
    }
    pieces.push(goal.atSource
      ? { edge: toEdge, reversed: false, fromFraction: 0, toFraction: to.fraction, ends: END_SOURCE }
      : { edge: toEdge, reversed: true, fromFraction: 1, toFraction: to.fraction, ends: END_TARGET });
    return pieces.filter((piece) => piece.fromFraction !== piece.toFraction);
  }

  private assemble(pieces: Piece[], from: Snap, to: Snap, request: RouteRequest): Route {
    const segments = pieces.map((piece) => describePiece(this.graph, piece, request.profile));
    const relaxed = CONSTRAINT_NAMES.filter((name) => segments.some((segment) => segment.violates.includes(name)));
    return {
      distanceM: segments.reduce((sum, segment) => sum + segment.lengthM, 0),
      durationS: segments.reduce((sum, segment) => sum + segment.durationS, 0),
      segments,
      warnings: routeWarnings(segments, request.profile),
      unverified: unverifiedSummary(segments),
      directions: buildDirections(segments, request.destination, to.point),
      relaxed,
      snapped: {
        from: { point: from.point, distanceM: from.distanceM },
        to: { point: to.point, distanceM: to.distanceM },
      },
    };
  }
}
