import { smallestCostPerMetre, type Optimize } from './cost';
import type { PedestrianGraph } from './graph';
import { LandmarkDistances } from './landmarks';
import { PROFILES, type RoutingProfile } from './profiles';
import type { AStarSearch } from './search';

export interface LandmarkOptions {
  /** Landmarks on plain lengths, computed with the graph (default 8). */
  landmarks?: number;
  /** Landmarks per named profile's table, the first of the length landmarks (default 4). */
  profileLandmarks?: number;
  /** Profile landmark sets kept at once, least recently used dropped first (default 8: two profiles' four tables). */
  profileSets?: number;
}

/**
 * Which landmark distances guide a search on which cost table (ADR 0204).
 * - A named profile's tables (strict and relaxed, comfort and distance) each get distances measured
 *   in that very table: they know the detours its limits force (a wheelchair around a steep block)
 *   and the penalties a relaxed route pays, which plain lengths cannot. Measured on first use (two
 *   Dijkstra runs per landmark) and kept in an LRU.
 * - A custom profile, asked for rarely and each time different, gets plain lengths times its
 *   table's smallest cost per metre.
 */
export class LandmarkSets {
  readonly lengths: LandmarkDistances;
  private readonly profileNodes: readonly number[];
  private readonly maxSets: number;
  private readonly sets = new Map<string, LandmarkDistances>();
  private readonly perMetre = new WeakMap<Float32Array, number>();

  constructor(private readonly graph: PedestrianGraph, private readonly search: AStarSearch, options: LandmarkOptions = {}) {
    const lengths = new Float32Array(graph.edgeCount * 2);
    for (let e = 0; e < graph.edgeCount; e++) lengths[e * 2] = lengths[e * 2 + 1] = graph.edgeLength[e];
    this.lengths = LandmarkDistances.farthest(graph, search, lengths, options.landmarks ?? 8);
    this.profileNodes = this.lengths.nodes.slice(0, options.profileLandmarks ?? 4);
    this.maxSets = options.profileSets ?? 8;
  }

  /** Landmark distances that bound every cost of `table`, the profile's strict or relaxed table. */
  forTable(profile: RoutingProfile, optimize: Optimize, relaxed: boolean, table: Float32Array): LandmarkDistances {
    if (this.lengths.count === 0) return this.lengths;
    if (isNamed(profile) && this.profileNodes.length && this.maxSets > 0) {
      return this.profileSet(`${profile.name}|${optimize}|${relaxed ? 'relaxed' : 'strict'}`, table);
    }
    if (optimize === 'distance') return this.lengths;
    let factor = this.perMetre.get(table);
    if (factor === undefined) this.perMetre.set(table, (factor = smallestCostPerMetre(this.graph, table)));
    return this.lengths.scaled(factor);
  }

  /** Bytes held by all landmark distances. */
  byteSize(): number {
    return [this.lengths, ...this.sets.values()].reduce((sum, set) => sum + set.byteSize(), 0);
  }

  private profileSet(key: string, costs: Float32Array): LandmarkDistances {
    let set = this.sets.get(key);
    if (set) {
      this.sets.delete(key);
    } else {
      if (this.sets.size >= this.maxSets) this.sets.delete(this.sets.keys().next().value!);
      set = LandmarkDistances.measure(this.graph, this.search, this.profileNodes, costs);
    }
    this.sets.set(key, set);
    return set;
  }
}

/** One of the named profiles, unchanged: its tables are asked for again and again. */
function isNamed(profile: RoutingProfile): boolean {
  return profile.name !== 'custom' && PROFILES[profile.name] === profile;
}
