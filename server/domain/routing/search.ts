import type { PedestrianGraph } from './graph';
import { NodeHeap } from './heap';

/** A node the search starts from (or ends at), with the cost of reaching it from the snapped point. */
export interface Terminal {
  node: number;
  cost: number;
}

export interface SearchResult {
  cost: number;
  /** Index into the goals that the best path ends at. */
  goal: number;
  /** The start node, then half-edges (`edge * 2 + reversed`) in walking order. */
  startNode: number;
  halfEdges: number[];
  /** Nodes taken off the queue: the work the search did. */
  settled: number;
}

/**
 * One-directional A* over half-edge costs, with several starts and goals so a route can begin and
 * end mid-edge; without a goal point it is plain Dijkstra. The heuristic is the flat distance to the
 * goal point times the graph's admissible scale. Routes use the faster BidirectionalSearch; this one
 * measures landmark distances and is the reference the tests compare with.
 * Buffers are reused between searches (JavaScript runs one search at a time).
 */
export class AStarSearch {
  private readonly g: Float64Array;
  private readonly parent: Int32Array;
  private readonly seen: Uint32Array;
  private readonly closed: Uint32Array;
  private stamp = 0;
  private readonly heap = new NodeHeap();

  constructor(private readonly graph: PedestrianGraph) {
    this.g = new Float64Array(graph.nodeCount);
    this.parent = new Int32Array(graph.nodeCount);
    this.seen = new Uint32Array(graph.nodeCount);
    this.closed = new Uint32Array(graph.nodeCount);
  }

  /**
   * @param costs half-edge cost table (Infinity = blocked)
   * @param goalPoint lon/lat the heuristic aims at; omit for plain Dijkstra
   */
  run(costs: Float32Array, starts: Terminal[], goals: Terminal[], goalPoint?: [number, number]): SearchResult | null {
    const { graph, g, parent, seen, closed, heap } = this;
    const stamp = ++this.stamp;
    heap.clear();
    const projection = graph.projection;
    const scale = goalPoint ? graph.heuristicScale : 0;
    const h = (node: number) => (scale ? projection.distance(graph.nodeLon[node], graph.nodeLat[node], goalPoint![0], goalPoint![1]) * scale : 0);
    const goalCost = new Map<number, number>();
    goals.forEach((goal, i) => {
      const previous = goalCost.get(goal.node);
      if (previous === undefined || goals[previous].cost > goal.cost) goalCost.set(goal.node, i);
    });
    let best = Infinity;
    let bestGoal = -1;
    const reach = (node: number, cost: number, via: number) => {
      if (seen[node] === stamp && g[node] <= cost) return;
      seen[node] = stamp;
      g[node] = cost;
      parent[node] = via;
      const goal = goalCost.get(node);
      if (goal !== undefined && cost + goals[goal].cost < best) {
        best = cost + goals[goal].cost;
        bestGoal = goal;
      }
      heap.push(node, cost + h(node));
    };
    for (const start of starts) reach(start.node, start.cost, -1);
    let settled = 0;
    while (heap.size > 0) {
      const key = heap.topKey();
      const node = heap.pop();
      if (key >= best) break;
      if (closed[node] === stamp) continue;
      closed[node] = stamp;
      settled++;
      const base = g[node];
      for (let i = graph.adjOffset[node], end = graph.adjOffset[node + 1]; i < end; i++) {
        const half = graph.adjHalfEdge[i];
        const cost = costs[half];
        if (cost === Infinity) continue;
        const edge = half >> 1;
        const next = half & 1 ? graph.edgeSource[edge] : graph.edgeTarget[edge];
        if (closed[next] === stamp) continue;
        reach(next, base + cost, half);
      }
    }
    if (bestGoal < 0) return null;
    const halfEdges: number[] = [];
    let node = goals[bestGoal].node;
    while (parent[node] >= 0) {
      const half = parent[node];
      halfEdges.push(half);
      const edge = half >> 1;
      node = half & 1 ? graph.edgeTarget[edge] : graph.edgeSource[edge];
    }
    return { cost: best, goal: bestGoal, startNode: node, halfEdges: halfEdges.reverse(), settled };
  }

  /**
   * Cost from one node to every node, written to `out[v * stride + offset]` (Infinity where
   * unreachable): one landmark's column of a node-major table.
   */
  distancesInto(costs: Float32Array, source: number, out: Float32Array, stride = 1, offset = 0): void {
    this.run(costs, [{ node: source, cost: 0 }], []);
    for (let v = 0; v < this.graph.nodeCount; v++) out[v * stride + offset] = this.seen[v] === this.stamp ? this.g[v] : Infinity;
  }
}
