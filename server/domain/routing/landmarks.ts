import type { PedestrianGraph } from './graph';
import type { AStarSearch } from './search';

/**
 * ALT landmarks (A*, Landmarks, Triangle inequality): walking costs from and to a few far-apart
 * nodes. For any node v and goal t, d(L,t) − d(L,v) and d(v,L) − d(t,L) never exceed d(v,t), so
 * they bound the rest of a route where the straight line misleads (districts joined by few links).
 *
 * A set measured in one cost table bounds another once scaled (`scaled`), when the other allows no
 * half-edge the first blocks (ADR 0205); which set guides which table is chosen in landmark-sets.ts.
 * Distances are stored node-major (`v * count + l`), so one node's values share a cache line.
 */
export class LandmarkDistances {
  /**
   * @param fromLandmark d(L, v) at `v * count + l`
   * @param toLandmark d(v, L); the same array when every edge costs the same both ways
   * @param scale every cost of the tables these distances bound is at least `scale` times theirs
   */
  constructor(
    readonly nodes: readonly number[],
    readonly fromLandmark: Float32Array,
    readonly toLandmark: Float32Array,
    readonly scale = 1,
  ) {}

  get count(): number {
    return this.nodes.length;
  }

  byteSize(): number {
    return this.fromLandmark.byteLength + (this.toLandmark === this.fromLandmark ? 0 : this.toLandmark.byteLength);
  }

  /** The same distances bounding a table whose every cost is at least `factor` times these. */
  scaled(factor: number): LandmarkDistances {
    return new LandmarkDistances(this.nodes, this.fromLandmark, this.toLandmark, this.scale * factor);
  }

  /** Distances from and to the given landmark nodes in a cost table (`edge * 2 + reversed`). */
  static measure(graph: PedestrianGraph, search: AStarSearch, nodes: readonly number[], costs: Float32Array): LandmarkDistances {
    const builder = new LandmarkBuilder(graph, search, nodes, costs);
    while (!builder.step());
    return builder.result!;
  }

  /**
   * Landmarks on walking length by farthest-point selection: each new landmark is the node farthest
   * from those chosen so far, starting from the far side of the best-connected node, so they sit on
   * the rim of the network and bound routes crossing it in any direction.
   */
  static farthest(graph: PedestrianGraph, search: AStarSearch, lengths: Float32Array, count: number): LandmarkDistances {
    const nodes: number[] = [];
    const rows: Float32Array[] = [];
    if (graph.nodeCount > 0 && count > 0) {
      const nearest = new Float32Array(graph.nodeCount);
      search.distancesInto(lengths, busiestNode(graph), nearest);
      for (let i = 0; i < count; i++) {
        let pick = -1;
        for (let v = 0; v < graph.nodeCount; v++) if (nearest[v] < Infinity && (pick < 0 || nearest[v] > nearest[pick])) pick = v;
        if (pick < 0 || (i > 0 && nearest[pick] === 0)) break;
        const row = new Float32Array(graph.nodeCount);
        search.distancesInto(lengths, pick, row);
        nodes.push(pick);
        rows.push(row);
        for (let v = 0; v < graph.nodeCount; v++) nearest[v] = i === 0 ? row[v] : Math.min(nearest[v], row[v]);
      }
    }
    const table = new Float32Array(graph.nodeCount * nodes.length);
    rows.forEach((row, l) => row.forEach((d, v) => (table[v * nodes.length + l] = d)));
    return new LandmarkDistances(nodes, table, table);
  }
}

/**
 * Measures landmark distances one Dijkstra run at a time, so a server can spread the work over idle
 * moments: `step()` runs one and says whether the set is complete (`result`).
 */
export class LandmarkBuilder {
  result: LandmarkDistances | null = null;
  private from: Float32Array | null = null;
  private to: Float32Array | null = null;
  private reversed: Float32Array | null = null;
  private run = 0;

  constructor(private readonly graph: PedestrianGraph, private readonly search: AStarSearch, readonly nodes: readonly number[], readonly costs: Float32Array) {
    if (nodes.length === 0) this.result = new LandmarkDistances(nodes, new Float32Array(0), new Float32Array(0));
  }

  /** Runs the next Dijkstra (from a landmark, then to it); true once `result` holds the set. */
  step(): boolean {
    if (this.result) return true;
    const count = this.nodes.length;
    // Allocated at the first step, so a queued set takes no memory until its turn.
    const from = (this.from ??= new Float32Array(this.graph.nodeCount * count));
    if (this.run < count) {
      this.search.distancesInto(this.costs, this.nodes[this.run], from, count, this.run);
    } else {
      this.to ??= new Float32Array(this.graph.nodeCount * count);
      this.search.distancesInto(this.reversedCosts(), this.nodes[this.run - count], this.to, count, this.run - count);
    }
    this.run++;
    // Symmetric costs (distance tables): distances to a landmark are those from it.
    if (this.run === count && isSymmetric(this.costs)) this.result = new LandmarkDistances(this.nodes, from, from);
    else if (this.run === count * 2) this.result = new LandmarkDistances(this.nodes, from, this.to!);
    return this.result !== null;
  }

  /** Distances to L are distances from L on the reversed graph: each edge's two directions swapped. */
  private reversedCosts(): Float32Array {
    if (!this.reversed) {
      const { costs } = this;
      this.reversed = new Float32Array(costs.length);
      for (let i = 0; i < costs.length; i += 2) {
        this.reversed[i] = costs[i + 1];
        this.reversed[i + 1] = costs[i];
      }
    }
    return this.reversed;
  }
}

function isSymmetric(costs: Float32Array): boolean {
  for (let i = 0; i < costs.length; i += 2) if (costs[i] !== costs[i + 1]) return false;
  return true;
}

/** A start node in a large component: the node with the most edges, first of equals. */
function busiestNode(graph: PedestrianGraph): number {
  let best = 0;
  for (let v = 1; v < graph.nodeCount; v++) {
    if (graph.adjOffset[v + 1] - graph.adjOffset[v] > graph.adjOffset[best + 1] - graph.adjOffset[best]) best = v;
  }
  return best;
}
