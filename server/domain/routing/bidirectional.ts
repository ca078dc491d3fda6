import type { PedestrianGraph } from './graph';
import { NodeHeap } from './heap';
import { FAR, type RoutePotential } from './potential';
import type { SearchResult, Terminal } from './search';

/**
 * One direction's labels, reused from query to query. `mark` tells them apart without clearing:
 * a query's stamp means labelled, stamp + 1 settled, anything smaller is an older query's.
 */
class Side {
  readonly g: Float64Array;
  /** Forward: the half-edge that reached the node. Backward: the half-edge walked from it onwards. */
  readonly parent: Int32Array;
  readonly mark: Uint32Array;
  readonly heap = new NodeHeap();

  constructor(nodeCount: number) {
    this.g = new Float64Array(nodeCount);
    this.parent = new Int32Array(nodeCount);
    this.mark = new Uint32Array(nodeCount);
  }
}

/**
 * Bidirectional A* with ALT bounds and the average potential p(v) = (toGoal(v) − fromStart(v)) / 2:
 * the forward search orders nodes by g + p, the backward one by g − p, so both run Dijkstra on the
 * same non-negative reduced costs and may stop once the two smallest keys add up to the best route
 * found (μ). A node whose own bound already reaches μ is not queued. The side with the smaller
 * frontier grows first, which finds a start or goal shut in a pocket quickly. Starts and goals carry costs,
 * as if joined to one virtual source and target, so a route may begin and end mid-edge.
 */
export class BidirectionalSearch {
  private readonly forward: Side;
  private readonly backward: Side;
  private stamp = 0;
  /** The cheapest route found so far (μ) and the node where its two halves meet. */
  private best = Infinity;
  private meeting = -1;

  constructor(private readonly graph: PedestrianGraph) {
    this.forward = new Side(graph.nodeCount);
    this.backward = new Side(graph.nodeCount);
  }

  /** @param potential prepared for these starts and goals */
  run(costs: Float32Array, starts: Terminal[], goals: Terminal[], potential: RoutePotential): SearchResult | null {
    const stamp = (this.stamp += 2);
    const { forward, backward } = this;
    forward.heap.clear();
    backward.heap.clear();
    this.best = Infinity;
    this.meeting = -1;
    for (const start of starts) {
      if (this.relabel(forward, backward, start.node, start.cost, -1, stamp)) this.queue(forward, backward, start.node, start.cost, true, potential, stamp);
    }
    for (const goal of goals) {
      if (this.relabel(backward, forward, goal.node, goal.cost, -1, stamp)) this.queue(backward, forward, goal.node, goal.cost, false, potential, stamp);
    }
    let settled = 0;
    while (forward.heap.size > 0 && backward.heap.size > 0) {
      if (forward.heap.topKey() + backward.heap.topKey() >= this.best) break;
      // Grow the smaller frontier: a start or goal shut in a pocket is found out after a few steps.
      const isForward = forward.heap.size <= backward.heap.size;
      settled += this.expand(costs, isForward ? forward : backward, isForward ? backward : forward, isForward, potential, stamp);
    }
    return this.meeting < 0 ? null : this.path(costs, starts, goals, this.meeting, settled);
  }

  /**
   * Settles the smallest node of one side and labels its neighbours; returns 1 if it settled one.
   * A neighbour of degree 2 is a bend in a path, not a choice: the walk goes on through it to the
   * next junction (or dead end), labelling the nodes on the way (for meetings and the path) without
   * queueing them, as if the chain were one edge. A third of a sidewalk network is such bends.
   */
  private expand(costs: Float32Array, side: Side, other: Side, isForward: boolean, potential: RoutePotential, stamp: number): number {
    const node = side.heap.pop();
    if (side.mark[node] === stamp + 1) return 0;
    side.mark[node] = stamp + 1;
    const { adjOffset, adjHalfEdge, edgeSource, edgeTarget } = this.graph;
    for (let i = adjOffset[node], end = adjOffset[node + 1]; i < end; i++) {
      let out = adjHalfEdge[i];
      let g = side.g[node];
      for (;;) {
        // Backwards the edge is walked towards the node: the opposite half-edge, whose cost may differ.
        const half = isForward ? out : out ^ 1;
        const cost = costs[half];
        if (cost === Infinity) break;
        const edge = out >> 1;
        const next = out & 1 ? edgeSource[edge] : edgeTarget[edge];
        g += cost;
        if (side.mark[next] === stamp + 1 || !this.relabel(side, other, next, g, half, stamp)) break;
        const first = adjOffset[next];
        const degree = adjOffset[next + 1] - first;
        if (degree !== 2) {
          // A dead end leads nowhere further; a junction is queued.
          if (degree > 1) this.queue(side, other, next, g, isForward, potential, stamp);
          break;
        }
        out = adjHalfEdge[first] >> 1 === edge ? adjHalfEdge[first + 1] : adjHalfEdge[first];
      }
    }
    return 1;
  }

  /** Gives a node a cheaper label on one side and notes a cheaper meeting; false if it had a label as cheap. */
  private relabel(side: Side, other: Side, node: number, g: number, via: number, stamp: number): boolean {
    if (side.mark[node] >= stamp && side.g[node] <= g) return false;
    if (side.mark[node] < stamp) side.mark[node] = stamp;
    side.g[node] = g;
    side.parent[node] = via;
    if (other.mark[node] >= stamp && g + other.g[node] < this.best) {
      this.best = g + other.g[node];
      this.meeting = node;
    }
    return true;
  }

  /** Queues a labelled node, unless it cannot lie on a route cheaper than the best found. */
  private queue(side: Side, other: Side, node: number, g: number, isForward: boolean, potential: RoutePotential, stamp: number): void {
    // Settled by the other side, the node's rest of the way is known exactly: its meeting holds it.
    if (other.mark[node] === stamp + 1) return;
    potential.ensure(node);
    const toGoal = potential.bounds[node * 2];
    const fromStart = potential.bounds[node * 2 + 1];
    // A FAR bound: the node cannot reach the other end at all (landmarks measured in this table).
    const bound = isForward ? toGoal : fromStart;
    if (bound >= FAR || g + bound >= this.best) return;
    const p = (toGoal - fromStart) / 2;
    side.heap.push(node, isForward ? g + p : g - p);
  }

  /** The route through the meeting node, its cost summed again in walking order. */
  private path(costs: Float32Array, starts: Terminal[], goals: Terminal[], meeting: number, settled: number): SearchResult {
    const { graph, forward, backward } = this;
    const halfEdges: number[] = [];
    let node = meeting;
    while (forward.parent[node] >= 0) {
      const half = forward.parent[node];
      halfEdges.push(half);
      node = half & 1 ? graph.edgeTarget[half >> 1] : graph.edgeSource[half >> 1];
    }
    const startNode = node;
    halfEdges.reverse();
    node = meeting;
    while (backward.parent[node] >= 0) {
      const half = backward.parent[node];
      halfEdges.push(half);
      node = half & 1 ? graph.edgeSource[half >> 1] : graph.edgeTarget[half >> 1];
    }
    const goal = cheapest(goals, node);
    let cost = cheapestCost(starts, startNode);
    for (const half of halfEdges) cost += costs[half];
    return { cost: cost + goals[goal].cost, goal, startNode, halfEdges, settled };
  }
}

function cheapest(terminals: Terminal[], node: number): number {
  let best = -1;
  terminals.forEach((t, i) => {
    if (t.node === node && (best < 0 || t.cost < terminals[best].cost)) best = i;
  });
  return best;
}

const cheapestCost = (terminals: Terminal[], node: number) => terminals[cheapest(terminals, node)].cost;
