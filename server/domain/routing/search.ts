import type { PedestrianGraph } from './graph';
import type { Landmarks } from './landmarks';

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
 * A* over half-edge costs, with several starts and goals so a route can begin and end mid-edge.
 * The heuristic is the flat distance to the goal point times the graph's admissible scale; every
 * cost is at least the length walked, so routes stay optimal. Buffers are reused between searches
 * (JavaScript runs one search at a time), which keeps a query free of large allocations.
 */
export class AStarSearch {
  private readonly g: Float64Array;
  private readonly parent: Int32Array;
  private readonly seen: Uint32Array;
  private readonly closed: Uint32Array;
  private stamp = 0;
  private heapNode = new Int32Array(1024);
  private heapKey = new Float64Array(1024);
  private heapSize = 0;

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
  run(costs: Float32Array, starts: Terminal[], goals: Terminal[], goalPoint?: [number, number], landmarks?: Landmarks): SearchResult | null {
    const { graph, g, parent, seen, closed } = this;
    const stamp = ++this.stamp;
    this.heapSize = 0;
    const projection = graph.projection;
    const scale = goalPoint ? graph.heuristicScale : 0;
    const bound = goalPoint && landmarks ? landmarks.boundTo(goals.map((goal) => goal.node)) : null;
    const h = (node: number) => {
      const flat = scale ? projection.distance(graph.nodeLon[node], graph.nodeLat[node], goalPoint![0], goalPoint![1]) * scale : 0;
      return bound ? Math.max(flat, bound(node)) : flat;
    };
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
      this.push(node, cost + h(node));
    };
    for (const start of starts) reach(start.node, start.cost, -1);
    let settled = 0;
    while (this.heapSize > 0) {
      const key = this.heapKey[0];
      const node = this.pop();
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
   * Whether any start reaches any goal over edges the table allows: breadth-first from both sides at
   * once, so a start or goal shut in a small pocket is found out after a few steps. After `budget`
   * nodes without an answer it returns null (unknown) and leaves the question to A*.
   */
  connects(costs: Float32Array, starts: Terminal[], goals: Terminal[], budget = Infinity): boolean | null {
    const { graph, seen, closed } = this;
    const stamp = ++this.stamp;
    const forward = [...new Set(starts.map((s) => s.node))];
    const backward = [...new Set(goals.map((g) => g.node))];
    for (const node of forward) seen[node] = stamp;
    for (const node of backward) {
      if (seen[node] === stamp) return true;
      closed[node] = stamp;
    }
    let [fi, bi] = [0, 0];
    while (fi < forward.length && bi < backward.length) {
      if (fi + bi > budget) return null;
      const growForward = forward.length - fi <= backward.length - bi;
      const queue = growForward ? forward : backward;
      const node = queue[growForward ? fi++ : bi++];
      const [mine, theirs] = growForward ? [seen, closed] : [closed, seen];
      for (let i = graph.adjOffset[node], end = graph.adjOffset[node + 1]; i < end; i++) {
        const half = graph.adjHalfEdge[i];
        // Backwards we need the edge walked towards `node`: the opposite half-edge.
        if (costs[growForward ? half : half ^ 1] === Infinity) continue;
        const edge = half >> 1;
        const next = half & 1 ? graph.edgeSource[edge] : graph.edgeTarget[edge];
        if (theirs[next] === stamp) return true;
        if (mine[next] === stamp) continue;
        mine[next] = stamp;
        queue.push(next);
      }
    }
    return false;
  }

  /** Cost from one node to every node (Infinity where unreachable): the distances a landmark keeps. */
  distancesFrom(costs: Float32Array, source: number): Float32Array {
    this.run(costs, [{ node: source, cost: 0 }], []);
    const distances = new Float32Array(this.graph.nodeCount).fill(Infinity);
    for (let i = 0; i < distances.length; i++) if (this.seen[i] === this.stamp) distances[i] = this.g[i];
    return distances;
  }

  private push(node: number, key: number): void {
    if (this.heapSize === this.heapNode.length) {
      const nodes = new Int32Array(this.heapSize * 2);
      const keys = new Float64Array(this.heapSize * 2);
      nodes.set(this.heapNode);
      keys.set(this.heapKey);
      this.heapNode = nodes;
      this.heapKey = keys;
    }
    let i = this.heapSize++;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (this.heapKey[up] <= key) break;
      this.heapNode[i] = this.heapNode[up];
      this.heapKey[i] = this.heapKey[up];
      i = up;
    }
    this.heapNode[i] = node;
    this.heapKey[i] = key;
  }

  private pop(): number {
    const top = this.heapNode[0];
    const size = --this.heapSize;
    const lastNode = this.heapNode[size];
    const lastKey = this.heapKey[size];
    let i = 0;
    for (;;) {
      let child = i * 2 + 1;
      if (child >= size) break;
      if (child + 1 < size && this.heapKey[child + 1] < this.heapKey[child]) child++;
      if (this.heapKey[child] >= lastKey) break;
      this.heapNode[i] = this.heapNode[child];
      this.heapKey[i] = this.heapKey[child];
      i = child;
    }
    this.heapNode[i] = lastNode;
    this.heapKey[i] = lastKey;
    return top;
  }
}
