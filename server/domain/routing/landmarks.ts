import type { PedestrianGraph } from './graph';
import type { AStarSearch } from './search';

/**
 * ALT landmarks (A*, Landmarks, Triangle inequality): walking costs from and to a few far-apart
 * nodes. For any node v and goal t, d(L,t) − d(L,v) and d(v,L) − d(t,L) never exceed d(v,t), so
 * they bound the rest of a route where the straight line misleads (districts joined by few links).
 *
 * One set is computed per cost table it bounds: plain lengths serve every `distance` search and, times
 * the table's smallest cost per metre, every custom profile; a named profile's comfort search gets a
 * set on its own comfort costs with every constraint lifted, which bounds both its strict and its
 * relaxed tables (those only forbid edges or add penalties). Distances are stored node-major
 * (`v * count + l`), so one node's values share a cache line.
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
    const from = new Float32Array(graph.nodeCount * nodes.length);
    nodes.forEach((node, l) => search.distancesInto(costs, node, from, nodes.length, l));
    if (isSymmetric(costs)) return new LandmarkDistances(nodes, from, from);
    // Distances to L are distances from L on the reversed graph: each edge's two directions swapped.
    const reversed = new Float32Array(costs.length);
    for (let i = 0; i < costs.length; i += 2) {
      reversed[i] = costs[i + 1];
      reversed[i + 1] = costs[i];
    }
    const to = new Float32Array(graph.nodeCount * nodes.length);
    nodes.forEach((node, l) => search.distancesInto(reversed, node, to, nodes.length, l));
    return new LandmarkDistances(nodes, from, to);
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
