import type { PedestrianGraph } from './graph';
import type { SearchGuide } from './landmark-sets';
import type { LandmarkDistances } from './landmarks';
import type { Terminal } from './search';

/** Stands in for "unreachable": finite, so averages of bounds stay numbers; a constant is consistent. */
export const FAR = 1e9;

/**
 * The lower bounds a bidirectional search needs for one query: `bounds[2v]` on the cost from v to
 * the route's end, `bounds[2v + 1]` on the cost from its start to v (side by side: one cache line). Each is the larger of the straight
 * line (times the graph's admissible scale) and the landmark bounds. The starts and goals (with their
 * costs) are folded into one virtual start and end per landmark, so a node costs the same work
 * however many terminals there are: towards the end, d(L,T) − d(L,v) and d(v,L) − max(d(g,L) − c);
 * from the start, d(L,v) − max(d(L,s) − c) and d(S,L) − d(v,L). Both bounds are consistent, so the
 * average potential keeps every reduced edge cost non-negative in both directions. Values are
 * computed on first use and cached per query (a generation stamp, no clearing).
 */
export class RoutePotential {
  readonly bounds: Float64Array;
  private readonly filled: Uint32Array;
  /** Node positions in metres on the graph's flat projection, x and y side by side. */
  private readonly xy: Float64Array;
  private stamp = 0;
  private landmarks: LandmarkDistances | null = null;
  private flatScale = 0;
  private goalX = 0;
  private goalY = 0;
  private startX = 0;
  private startY = 0;
  /** Per landmark: d(L,T), max over goals of d(g,L) − c, max over starts of d(L,s) − c, d(S,L). */
  private virtual = new Float64Array(0);
  /** The same for a set being weighed against the chosen one. */
  private trial = new Float64Array(0);

  constructor(private readonly graph: PedestrianGraph) {
    this.bounds = new Float64Array(graph.nodeCount * 2);
    this.filled = new Uint32Array(graph.nodeCount);
    this.xy = new Float64Array(graph.nodeCount * 2);
    for (let v = 0; v < graph.nodeCount; v++) {
      this.xy[v * 2] = graph.nodeLon[v] * graph.projection.metresPerDegLon;
      this.xy[v * 2 + 1] = graph.nodeLat[v] * graph.projection.metresPerDegLat;
    }
  }

  /**
   * Sets up one query. The points are where the route really starts and ends (the snapped points
   * the terminal costs lead to), which the straight-line bound aims at; null leaves it out. Of the
   * guide's landmark sets, the one bounding the whole route highest serves the query.
   */
  prepare(starts: Terminal[], goals: Terminal[], startPoint: [number, number] | null, goalPoint: [number, number] | null, guide: SearchGuide | null): void {
    this.stamp++;
    this.flatScale = startPoint && goalPoint ? this.graph.heuristicScale * (guide?.perMetre ?? 1) : 0;
    const { metresPerDegLon, metresPerDegLat } = this.graph.projection;
    this.startX = (startPoint?.[0] ?? 0) * metresPerDegLon;
    this.startY = (startPoint?.[1] ?? 0) * metresPerDegLat;
    this.goalX = (goalPoint?.[0] ?? 0) * metresPerDegLon;
    this.goalY = (goalPoint?.[1] ?? 0) * metresPerDegLat;
    this.landmarks = null;
    const sets = guide?.landmarks ?? [];
    const size = Math.max(0, ...sets.map((set) => set.count * 4));
    if (this.virtual.length < size) [this.virtual, this.trial] = [new Float64Array(size), new Float64Array(size)];
    let best = -1;
    for (const landmarks of sets) {
      if (!landmarks.count) continue;
      const estimate = this.fold(landmarks, starts, goals, this.trial);
      if (estimate > best) {
        best = estimate;
        this.landmarks = landmarks;
        [this.virtual, this.trial] = [this.trial, this.virtual];
      }
    }
  }

  /**
   * Folds the terminals into a virtual start S and end T per landmark (into `virtual`) and returns
   * the set's bound on the whole route, d(S, T).
   */
  private fold(landmarks: LandmarkDistances, starts: Terminal[], goals: Terminal[], virtual: Float64Array): number {
    const count = landmarks.count;
    let bound = 0;
    for (let l = 0; l < count; l++) {
      const from = (t: Terminal) => landmarks.fromLandmark[t.node * count + l];
      const to = (t: Terminal) => landmarks.toLandmark[t.node * count + l];
      const v = l * 4;
      virtual[v] = Math.min(...goals.map((g) => from(g) + g.cost));
      virtual[v + 1] = Math.max(...goals.map((g) => to(g) - g.cost));
      virtual[v + 2] = Math.max(...starts.map((s) => from(s) - s.cost));
      virtual[v + 3] = Math.min(...starts.map((s) => to(s) + s.cost));
      // NaN (both ends unreachable from L) fails both comparisons.
      if (virtual[v] - virtual[v + 2] > bound) bound = virtual[v] - virtual[v + 2];
      if (virtual[v + 3] - virtual[v + 1] > bound) bound = virtual[v + 3] - virtual[v + 1];
    }
    return bound * landmarks.scale;
  }

  /** Makes `bounds[2 * node]` and `bounds[2 * node + 1]` valid for this query. */
  ensure(node: number): void {
    if (this.filled[node] !== this.stamp) this.fill(node);
  }

  private fill(node: number): void {
    const { flatScale, virtual } = this;
    const x = this.xy[node * 2];
    const y = this.xy[node * 2 + 1];
    const gx = x - this.goalX;
    const gy = y - this.goalY;
    const sx = x - this.startX;
    const sy = y - this.startY;
    let toGoal = Math.sqrt(gx * gx + gy * gy) * flatScale;
    let fromStart = Math.sqrt(sx * sx + sy * sy) * flatScale;
    const landmarks = this.landmarks;
    if (landmarks) {
      const count = landmarks.count;
      const scale = landmarks.scale;
      const from = landmarks.fromLandmark;
      const to = landmarks.toLandmark;
      const base = node * count;
      let ahead = 0;
      let behind = 0;
      for (let l = 0; l < count; l++) {
        const vFrom = from[base + l];
        const vTo = to[base + l];
        const v = l * 4;
        // Unreachable pairs give Infinity or NaN: the comparisons below skip NaN, FAR caps Infinity.
        const a = virtual[v] - vFrom;
        const b = vTo - virtual[v + 1];
        const c = vFrom - virtual[v + 2];
        const d = virtual[v + 3] - vTo;
        if (a > ahead) ahead = a;
        if (b > ahead) ahead = b;
        if (c > behind) behind = c;
        if (d > behind) behind = d;
      }
      toGoal = Math.max(toGoal, ahead * scale);
      fromStart = Math.max(fromStart, behind * scale);
    }
    this.bounds[node * 2] = safe(toGoal);
    this.bounds[node * 2 + 1] = safe(fromStart);
    this.filled[node] = this.stamp;
  }
}

/**
 * Shaves float rounding off a bound (distances are stored as 32-bit floats): a smaller multiple of a
 * consistent bound, minus a constant, floored at 0 and capped at FAR, stays consistent.
 */
const safe = (bound: number) => Math.min(FAR, Math.max(0, bound * 0.9999 - 0.01));
