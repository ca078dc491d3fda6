import { boundingFactor, type Optimize } from './cost';
import type { PedestrianGraph } from './graph';
import { LandmarkBuilder, LandmarkDistances } from './landmarks';
import { PROFILES, type RoutingProfile } from './profiles';
import type { AStarSearch } from './search';

export interface LandmarkOptions {
  /** Landmarks on plain lengths, computed with the graph (default 8). */
  landmarks?: number;
  /** Landmarks per profile's table, the first of the length landmarks (default 4). */
  profileLandmarks?: number;
  /** Named-profile landmark sets kept at once, least recently used dropped first (default 8: two profiles' four tables). */
  profileSets?: number;
  /** Custom-profile landmark sets kept at once, measured off the request path (default 4). */
  customSets?: number;
}

/** What guides one search: landmark sets, each scaled to bound the table, and the table's smallest cost per metre. */
export interface SearchGuide {
  landmarks: LandmarkDistances[];
  perMetre: number;
}

/** Landmark distances kept with the table they were measured in, so other tables can borrow them. */
interface MeasuredSet {
  table: Float32Array;
  distances: LandmarkDistances;
}

/**
 * Which landmark distances guide a search on which cost table (ADRs 0204, 0205).
 * - A named profile's tables (strict and relaxed, comfort and distance) each get distances measured
 *   in that very table, on first use: they know the detours its limits force and the penalties a
 *   relaxed route pays, which plain lengths cannot.
 * - A custom profile's table gets the same, but measured off the request path (`buildStep`, called
 *   in idle time) and kept by the profile's signature. Until then it borrows: every set measured in a
 *   table c that allows all the custom table's half-edges, times k = min c'/c, bounds it too; the
 *   search picks, per query, the one bounding that route highest.
 */
export class LandmarkSets {
  readonly lengths: LandmarkDistances;
  private readonly lengthTable: Float32Array;
  private readonly profileNodes: readonly number[];
  private readonly named: Lru<MeasuredSet>;
  private readonly custom: Lru<MeasuredSet>;
  /** Custom tables waiting for their own set, oldest first; as many as `custom` keeps. */
  private readonly pending = new Map<string, LandmarkBuilder>();
  /** boundingFactor(table, base), cached by both tables. */
  private readonly factors = new WeakMap<Float32Array, WeakMap<Float32Array, number>>();

  constructor(private readonly graph: PedestrianGraph, private readonly search: AStarSearch, options: LandmarkOptions = {}) {
    this.lengthTable = new Float32Array(graph.edgeCount * 2);
    for (let e = 0; e < graph.edgeCount; e++) this.lengthTable[e * 2] = this.lengthTable[e * 2 + 1] = graph.edgeLength[e];
    this.lengths = LandmarkDistances.farthest(graph, search, this.lengthTable, options.landmarks ?? 8);
    this.profileNodes = this.lengths.nodes.slice(0, options.profileLandmarks ?? 4);
    this.named = new Lru(options.profileSets ?? 8);
    this.custom = new Lru(options.customSets ?? 4);
  }

  /** What guides a search on `table`, the profile's strict or relaxed table. */
  forTable(profile: RoutingProfile, optimize: Optimize, relaxed: boolean, table: Float32Array): SearchGuide {
    const perMetre = this.factor(table, this.lengthTable);
    const key = `${isNamed(profile) ? profile.name : JSON.stringify(profile)}|${optimize}|${relaxed ? 'relaxed' : 'strict'}`;
    if (this.profileNodes.length && isNamed(profile) && this.named.capacity > 0) {
      let set = this.named.get(key);
      if (!set) this.named.set(key, (set = { table, distances: LandmarkDistances.measure(this.graph, this.search, this.profileNodes, table) }));
      return { landmarks: [set.distances], perMetre };
    }
    const own = this.custom.get(key);
    if (own) return { landmarks: [own.distances], perMetre };
    if (this.profileNodes.length && this.custom.capacity > 0 && !this.pending.has(key)) {
      if (this.pending.size >= this.custom.capacity) this.pending.delete(this.pending.keys().next().value!);
      this.pending.set(key, new LandmarkBuilder(this.graph, this.search, this.profileNodes, table));
    }
    return { landmarks: this.borrowed(table), perMetre };
  }

  /**
   * One Dijkstra run towards the oldest waiting custom table's own landmark set (tens of ms on
   * 200,000 edges); true while work remains. Call it when the server is idle.
   */
  buildStep(): boolean {
    const next = this.pending.entries().next();
    if (next.done) return false;
    const [key, builder] = next.value;
    if (builder.step()) {
      this.pending.delete(key);
      this.custom.set(key, { table: builder.costs, distances: builder.result! });
    }
    return this.pending.size > 0;
  }

  /** Bytes held by all landmark distances. */
  byteSize(): number {
    return [this.lengths, ...[...this.named.values(), ...this.custom.values()].map((set) => set.distances)]
      .reduce((sum, set) => sum + set.byteSize(), 0);
  }

  /** Every kept set that bounds `table` once scaled: plain lengths and the named profiles' sets. */
  private borrowed(table: Float32Array): LandmarkDistances[] {
    const sets = [{ table: this.lengthTable, distances: this.lengths }, ...this.named.values()];
    return sets.flatMap((set) => {
      const factor = this.factor(table, set.table);
      return factor > 0 ? [set.distances.scaled(factor)] : [];
    });
  }

  private factor(table: Float32Array, base: Float32Array): number {
    let byBase = this.factors.get(table);
    if (!byBase) this.factors.set(table, (byBase = new WeakMap()));
    let factor = byBase.get(base);
    if (factor === undefined) byBase.set(base, (factor = boundingFactor(table, base)));
    return factor;
  }
}

/** A map that keeps its `capacity` most recently used entries. */
class Lru<T> {
  private readonly entries = new Map<string, T>();

  constructor(readonly capacity: number) {}

  get(key: string): T | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: T): void {
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }

  values(): T[] {
    return [...this.entries.values()];
  }
}

/** One of the named profiles, unchanged: its tables are asked for again and again. */
function isNamed(profile: RoutingProfile): boolean {
  return profile.name !== 'custom' && PROFILES[profile.name] === profile;
}
