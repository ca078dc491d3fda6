import type { PedestrianGraph } from './graph';
import type { AStarSearch } from './search';

/**
 * ALT landmarks: walking distances from a few far-apart nodes. By the triangle inequality,
 * |d(L, goal) − d(L, v)| never exceeds the distance from v to the goal, and every profile's cost is
 * at least the length walked, so one set of plain-length landmarks bounds every profile and mode.
 * It guides A* through the few links between districts where straight-line distance misleads.
 */
export class Landmarks {
  /** `count` rows of `nodeCount` distances. */
  private readonly distances: Float32Array[] = [];

  constructor(private readonly graph: PedestrianGraph, search: AStarSearch, count: number) {
    if (graph.nodeCount === 0 || count === 0) return;
    const lengths = new Float32Array(graph.edgeCount * 2);
    for (let e = 0; e < graph.edgeCount; e++) lengths[e * 2] = lengths[e * 2 + 1] = graph.edgeLength[e];
    // Farthest-point selection: each new landmark is the node farthest from those chosen so far.
    let nearest = search.distancesFrom(lengths, Landmarks.busiestNode(graph));
    for (let i = 0; i < count; i++) {
      let pick = -1;
      for (let v = 0; v < graph.nodeCount; v++) if (nearest[v] < Infinity && (pick < 0 || nearest[v] > nearest[pick])) pick = v;
      if (pick < 0 || (i > 0 && nearest[pick] === 0)) break;
      const row = search.distancesFrom(lengths, pick);
      this.distances.push(row);
      nearest = i === 0 ? row.slice() : nearest;
      for (let v = 0; v < graph.nodeCount; v++) nearest[v] = Math.min(nearest[v], row[v]);
    }
  }

  get count(): number {
    return this.distances.length;
  }

  byteSize(): number {
    return this.distances.reduce((sum, row) => sum + row.byteLength, 0);
  }

  /** A lower bound on the walk from a node to the nearest of the goal nodes. */
  boundTo(goals: number[]): (node: number) => number {
    const rows = this.distances;
    const goalDistances = goals.map((goal) => rows.map((row) => row[goal]));
    return (node: number) => {
      let best = Infinity;
      for (const toGoal of goalDistances) {
        let bound = 0;
        for (let i = 0; i < rows.length; i++) {
          const here = rows[i][node];
          const there = toGoal[i];
          if (here === Infinity || there === Infinity) continue;
          const gap = Math.abs(there - here);
          if (gap > bound) bound = gap;
        }
        if (bound < best) best = bound;
      }
      return best === Infinity ? 0 : best * 0.9999;
    };
  }

  /** A start node in a large component: the node with the most edges, first of equals. */
  private static busiestNode(graph: PedestrianGraph): number {
    let best = 0;
    for (let v = 1; v < graph.nodeCount; v++) {
      if (graph.adjOffset[v + 1] - graph.adjOffset[v] > graph.adjOffset[best + 1] - graph.adjOffset[best]) best = v;
    }
    return best;
  }
}
