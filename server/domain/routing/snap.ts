import type { PedestrianGraph } from './graph';
import type { LonLat } from './geo';

/** Where a lon/lat meets the network: an edge, the fraction of its length from source, the point. */
export interface Snap {
  edge: number;
  fraction: number;
  point: LonLat;
  distanceM: number;
}

/**
 * A uniform grid of edge bounding boxes, stored CSR-style in two typed arrays, for finding the
 * nearest edge to a point.
 */
export class EdgeGrid {
  private readonly minLon: number;
  private readonly minLat: number;
  private readonly cellDegLon: number;
  private readonly cellDegLat: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly cellStart: Uint32Array;
  private readonly cellEdges: Uint32Array;
  /** Edges already measured in the current search (a generation stamp per edge). */
  private readonly tried: Uint32Array;
  private stamp = 0;
  private readonly pair: [number, number, number, number] = [0, 0, 0, 0];

  constructor(private readonly graph: PedestrianGraph, cellSizeM = 100) {
    let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < graph.nodeCount; i++) {
      minLon = Math.min(minLon, graph.nodeLon[i]);
      maxLon = Math.max(maxLon, graph.nodeLon[i]);
      minLat = Math.min(minLat, graph.nodeLat[i]);
      maxLat = Math.max(maxLat, graph.nodeLat[i]);
    }
    if (!graph.nodeCount) [minLon, minLat, maxLon, maxLat] = [0, 0, 0, 0];
    this.minLon = minLon;
    this.minLat = minLat;
    this.cellDegLon = cellSizeM / graph.projection.metresPerDegLon;
    this.cellDegLat = cellSizeM / graph.projection.metresPerDegLat;
    this.cols = Math.max(1, Math.ceil((maxLon - minLon) / this.cellDegLon) + 1);
    this.rows = Math.max(1, Math.ceil((maxLat - minLat) / this.cellDegLat) + 1);
    const counts = new Uint32Array(this.cols * this.rows + 1);
    this.forEachEdgeCell((cell) => counts[cell + 1]++);
    for (let i = 1; i < counts.length; i++) counts[i] += counts[i - 1];
    this.cellStart = counts;
    this.cellEdges = new Uint32Array(counts[counts.length - 1]);
    const fill = counts.slice(0, -1);
    this.forEachEdgeCell((cell, edge) => (this.cellEdges[fill[cell]++] = edge));
    this.tried = new Uint32Array(graph.edgeCount);
  }

  /**
   * The nearest edge that `accept` allows, within `maxDistanceM`, or null. Edges are measured first
   * and asked about only when nearer than the best so far.
   * @example grid.nearest([-122.14, 47.64], 500, (edge) => graph.kind(edge) !== 'steps')
   */
  nearest(point: LonLat, maxDistanceM: number, accept: (edge: number) => boolean = () => true): Snap | null {
    const col = this.col(point[0]);
    const row = this.row(point[1]);
    const cellSizeM = this.cellDegLat * this.graph.projection.metresPerDegLat;
    const maxRing = Math.ceil(maxDistanceM / cellSizeM) + 1;
    const stamp = ++this.stamp;
    let bestEdge = -1;
    let bestDistance = maxDistanceM;
    for (let ring = 0; ring <= maxRing; ring++) {
      if (bestEdge >= 0 && (ring - 1) * cellSizeM > bestDistance) break;
      for (let r = row - ring; r <= row + ring; r++) {
        for (let c = col - ring; c <= col + ring; c++) {
          if (Math.max(Math.abs(r - row), Math.abs(c - col)) !== ring) continue;
          if (r < 0 || c < 0 || r >= this.rows || c >= this.cols) continue;
          const cell = r * this.cols + c;
          for (let i = this.cellStart[cell]; i < this.cellStart[cell + 1]; i++) {
            const edge = this.cellEdges[i];
            if (this.tried[edge] === stamp) continue;
            this.tried[edge] = stamp;
            const distance = this.measure(edge, point);
            if ((distance < bestDistance || (distance === bestDistance && bestEdge < 0)) && accept(edge)) {
              bestEdge = edge;
              bestDistance = distance;
            }
          }
        }
      }
    }
    return bestEdge < 0 ? null : this.project(bestEdge, point);
  }

  /** Closest point of an edge to a point, in the flat local projection. */
  project(edge: number, point: LonLat): Snap {
    const closest = this.closest(edge, point);
    const [lonA, latA, lonB, latB] = this.vertexPair(edge, closest.segment);
    return {
      edge,
      fraction: closest.total === 0 ? 0 : closest.along / closest.total,
      point: [lonA + (lonB - lonA) * closest.t, latA + (latB - latA) * closest.t],
      distanceM: closest.distance,
    };
  }

  /** The distance from a point to an edge, without building the edge's geometry. */
  private measure(edge: number, point: LonLat): number {
    return this.closest(edge, point).distance;
  }

  /** Walks an edge's vertices from the typed arrays: nearest segment, where on it, and lengths. */
  private closest(edge: number, point: LonLat): { distance: number; segment: number; t: number; along: number; total: number } {
    const graph = this.graph;
    const { metresPerDegLon: kx, metresPerDegLat: ky } = graph.projection;
    const vertices = graph.shapeOffset[edge + 1] - graph.shapeOffset[edge] + 2;
    let best = { distance: Infinity, segment: 1, t: 0, along: 0, total: 0 };
    let along = 0;
    for (let i = 1; i < vertices; i++) {
      const [lonA, latA, lonB, latB] = this.vertexPair(edge, i);
      const dx = (lonB - lonA) * kx;
      const dy = (latB - latA) * ky;
      const px = (point[0] - lonA) * kx;
      const py = (point[1] - latA) * ky;
      const span = Math.sqrt(dx * dx + dy * dy);
      const t = span === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / (span * span)));
      const ex = px - t * dx;
      const ey = py - t * dy;
      const distance = Math.sqrt(ex * ex + ey * ey);
      if (distance < best.distance) best = { distance, segment: i, t, along: along + t * span, total: 0 };
      along += span;
    }
    best.total = along;
    return best;
  }

  /** Vertices i − 1 and i of an edge (0 is the source node, the last the target node). */
  private vertexPair(edge: number, i: number): [number, number, number, number] {
    const { graph, pair } = this;
    const shapes = graph.shapeOffset[edge];
    const last = graph.shapeOffset[edge + 1] - shapes + 1;
    for (let k = 0; k < 2; k++) {
      const v = i - 1 + k;
      const node = v === 0 ? graph.edgeSource[edge] : v === last ? graph.edgeTarget[edge] : -1;
      pair[k * 2] = node >= 0 ? graph.nodeLon[node] : graph.shapeCoords[(shapes + v - 1) * 2];
      pair[k * 2 + 1] = node >= 0 ? graph.nodeLat[node] : graph.shapeCoords[(shapes + v - 1) * 2 + 1];
    }
    return pair;
  }

  private col(lon: number): number {
    return Math.floor((lon - this.minLon) / this.cellDegLon);
  }

  private row(lat: number): number {
    return Math.floor((lat - this.minLat) / this.cellDegLat);
  }

  private forEachEdgeCell(visit: (cell: number, edge: number) => void): void {
    const graph = this.graph;
    for (let e = 0; e < graph.edgeCount; e++) {
      let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [lon, lat] of graph.coordinates(e)) {
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
      }
      for (let r = this.row(minLat); r <= this.row(maxLat); r++) {
        for (let c = this.col(minLon); c <= this.col(maxLon); c++) visit(r * this.cols + c, e);
      }
    }
  }
}
