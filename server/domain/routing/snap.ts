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
  }

  /**
   * The nearest edge that `accept` allows, within `maxDistanceM`, or null.
   * @example grid.nearest([-122.14, 47.64], 500, (edge) => graph.kind(edge) !== 'steps')
   */
  nearest(point: LonLat, maxDistanceM: number, accept: (edge: number) => boolean = () => true): Snap | null {
    const col = this.col(point[0]);
    const row = this.row(point[1]);
    const cellSizeM = this.cellDegLat * this.graph.projection.metresPerDegLat;
    const maxRing = Math.ceil(maxDistanceM / cellSizeM) + 1;
    let best: Snap | null = null;
    const tried = new Set<number>();
    for (let ring = 0; ring <= maxRing; ring++) {
      if (best && (ring - 1) * cellSizeM > best.distanceM) break;
      for (let r = row - ring; r <= row + ring; r++) {
        for (let c = col - ring; c <= col + ring; c++) {
          if (Math.max(Math.abs(r - row), Math.abs(c - col)) !== ring) continue;
          if (r < 0 || c < 0 || r >= this.rows || c >= this.cols) continue;
          const cell = r * this.cols + c;
          for (let i = this.cellStart[cell]; i < this.cellStart[cell + 1]; i++) {
            const edge = this.cellEdges[i];
            if (tried.has(edge)) continue;
            tried.add(edge);
            if (!accept(edge)) continue;
            const snap = this.project(edge, point);
            if (snap.distanceM <= maxDistanceM && (!best || snap.distanceM < best.distanceM)) best = snap;
          }
        }
      }
    }
    return best;
  }

  /** Closest point of an edge to a point, in the flat local projection. */
  project(edge: number, point: LonLat): Snap {
    const { metresPerDegLon: kx, metresPerDegLat: ky } = this.graph.projection;
    const coordinates = this.graph.coordinates(edge);
    let along = 0;
    let total = 0;
    let best = { distance: Infinity, along: 0, point: coordinates[0] };
    for (let i = 1; i < coordinates.length; i++) {
      const [a, b] = [coordinates[i - 1], coordinates[i]];
      const dx = (b[0] - a[0]) * kx;
      const dy = (b[1] - a[1]) * ky;
      const px = (point[0] - a[0]) * kx;
      const py = (point[1] - a[1]) * ky;
      const span = Math.hypot(dx, dy);
      const t = span === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / (span * span)));
      const distance = Math.hypot(px - t * dx, py - t * dy);
      if (distance < best.distance) {
        best = { distance, along: along + t * span, point: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t] };
      }
      along += span;
      total = along;
    }
    return { edge, fraction: total === 0 ? 0 : best.along / total, point: best.point, distanceM: best.distance };
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
