import {
  ASSUMED_KERB_HEIGHT_CM, EDGE_KINDS, KERB_TYPES, type EdgeAttributes, type EdgeKind, type Kerb, type NetworkInput,
} from './attributes';
import { LocalProjection, polylineLengthM, type LonLat } from './geo';

/** Tri-state values packed two bits each into one byte per edge: 0 unknown, 1 yes, 2 no. */
export const Tri = { Unknown: 0, Yes: 1, No: 2 } as const;
export type Tri = (typeof Tri)[keyof typeof Tri];
export const TriField = { Tactile: 0, Signals: 2, Audible: 4, Markings: 6 } as const;
export type TriField = (typeof TriField)[keyof typeof TriField];
/** Kerb codes per edge end: none (not a kerb place), unknown, or a type. */
export const KERB_NONE = 0;
export const KERB_UNKNOWN = 1;
const KERB_MEASURED = 2 + KERB_TYPES.length;
export const UNKNOWN_INCLINE = -32768;
export const UNKNOWN_BYTE = 255;
export const NODE_ELEVATOR = 1;

const STREET_LEVEL: ReadonlySet<EdgeKind> = new Set(['crossing', 'road']);

const tri = (value: boolean | null | undefined): Tri => (value == null ? Tri.Unknown : value ? Tri.Yes : Tri.No);

/**
 * The pedestrian network in typed arrays with CSR adjacency: about 60 bytes per edge plus geometry,
 * so a city of 100,000 edges stays a few megabytes. Edges are walkable both ways; a half-edge is
 * `edge * 2 + reversed`.
 */
export class PedestrianGraph {
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly nodeId: Float64Array;
  readonly nodeLon: Float64Array;
  readonly nodeLat: Float64Array;
  readonly nodeFlags: Uint8Array;
  readonly edgeId: Float64Array;
  readonly edgeSource: Uint32Array;
  readonly edgeTarget: Uint32Array;
  readonly edgeLength: Float32Array;
  readonly edgeKind: Uint8Array;
  /** Grade × 10,000 from source to target, or UNKNOWN_INCLINE. */
  readonly edgeIncline: Int16Array;
  /** Width in decimetres, or UNKNOWN_BYTE. */
  readonly edgeWidthDm: Uint8Array;
  readonly edgeSurface: Uint16Array;
  readonly edgeName: Uint32Array;
  readonly edgeTri: Uint8Array;
  /** Kerb at each end: index `edge * 2` is the source end, `edge * 2 + 1` the target end. */
  readonly kerbCode: Uint8Array;
  readonly kerbHeightCm: Uint8Array;
  readonly shapeOffset: Uint32Array;
  readonly shapeCoords: Float64Array;
  readonly adjOffset: Uint32Array;
  readonly adjHalfEdge: Uint32Array;
  /** Index 0 is the empty string, meaning "none". */
  readonly strings: string[] = [''];
  readonly projection: LocalProjection;
  /** Largest factor keeping straight-line distance below every edge length (A* admissibility). */
  readonly heuristicScale: number;
  private readonly nodeIndexById = new Map<number, number>();
  private readonly stringIndex = new Map<string, number>([['', 0]]);

  constructor(input: NetworkInput) {
    const n = input.nodes.length;
    const m = input.edges.length;
    this.nodeCount = n;
    this.edgeCount = m;
    this.nodeId = new Float64Array(n);
    this.nodeLon = new Float64Array(n);
    this.nodeLat = new Float64Array(n);
    this.nodeFlags = new Uint8Array(n);
    let latSum = 0;
    input.nodes.forEach((node, i) => {
      this.nodeIndexById.set(node.id, i);
      this.nodeId[i] = node.id;
      this.nodeLon[i] = node.lon;
      this.nodeLat[i] = node.lat;
      this.nodeFlags[i] = node.elevator ? NODE_ELEVATOR : 0;
      latSum += node.lat;
    });
    this.projection = new LocalProjection(n ? latSum / n : 0);
    this.edgeId = new Float64Array(m);
    this.edgeSource = new Uint32Array(m);
    this.edgeTarget = new Uint32Array(m);
    this.edgeLength = new Float32Array(m);
    this.edgeKind = new Uint8Array(m);
    this.edgeIncline = new Int16Array(m);
    this.edgeWidthDm = new Uint8Array(m);
    this.edgeSurface = new Uint16Array(m);
    this.edgeName = new Uint32Array(m);
    this.edgeTri = new Uint8Array(m);
    this.kerbCode = new Uint8Array(m * 2);
    this.kerbHeightCm = new Uint8Array(m * 2).fill(UNKNOWN_BYTE);
    this.shapeOffset = new Uint32Array(m + 1);
    const degree = new Uint32Array(n);
    let shapePoints = 0;
    for (const edge of input.edges) shapePoints += Math.max(0, edge.coordinates.length - 2);
    this.shapeCoords = new Float64Array(shapePoints * 2);
    let scale = 1;
    let shapeCursor = 0;
    input.edges.forEach((edge, e) => {
      const source = this.requireNode(edge.source, edge.id);
      const target = this.requireNode(edge.target, edge.id);
      const a = edge.attributes;
      this.edgeId[e] = edge.id;
      this.edgeSource[e] = source;
      this.edgeTarget[e] = target;
      const length = edge.lengthM ?? polylineLengthM(edge.coordinates);
      this.edgeLength[e] = length;
      const straight = this.projection.distance(this.nodeLon[source], this.nodeLat[source], this.nodeLon[target], this.nodeLat[target]);
      if (straight > 0) scale = Math.min(scale, this.edgeLength[e] / straight);
      this.edgeKind[e] = EDGE_KINDS.indexOf(a.kind);
      this.edgeIncline[e] = a.incline == null ? UNKNOWN_INCLINE : Math.max(-32767, Math.min(32767, Math.round(a.incline * 10_000)));
      this.edgeWidthDm[e] = a.widthM == null ? UNKNOWN_BYTE : Math.min(254, Math.round(a.widthM * 10));
      this.edgeSurface[e] = this.intern(a.surface);
      this.edgeName[e] = this.intern(a.name);
      this.edgeTri[e] = tri(a.tactilePaving) | (tri(a.trafficSignals) << TriField.Signals) |
        (tri(a.audibleSignals) << TriField.Audible) | (tri(a.crossingMarkings) << TriField.Markings);
      for (let i = 1; i < edge.coordinates.length - 1; i++) {
        this.shapeCoords[shapeCursor++] = edge.coordinates[i][0];
        this.shapeCoords[shapeCursor++] = edge.coordinates[i][1];
      }
      this.shapeOffset[e + 1] = shapeCursor / 2;
      degree[source]++;
      degree[target]++;
    });
    this.heuristicScale = scale * 0.9999;
    this.adjOffset = new Uint32Array(n + 1);
    for (let i = 0; i < n; i++) this.adjOffset[i + 1] = this.adjOffset[i] + degree[i];
    this.adjHalfEdge = new Uint32Array(m * 2);
    const fill = this.adjOffset.slice(0, n);
    for (let e = 0; e < m; e++) {
      this.adjHalfEdge[fill[this.edgeSource[e]]++] = e * 2;
      this.adjHalfEdge[fill[this.edgeTarget[e]]++] = e * 2 + 1;
    }
    this.assignKerbsAndTactile(input);
  }

  /** Index of a node by its external id, or -1. */
  nodeIndex(id: number): number {
    return this.nodeIndexById.get(id) ?? -1;
  }

  kind(edge: number): EdgeKind {
    return EDGE_KINDS[this.edgeKind[edge]];
  }

  /** Grade in the direction of travel, or null when not surveyed. */
  incline(edge: number, reversed: boolean): number | null {
    const raw = this.edgeIncline[edge];
    if (raw === UNKNOWN_INCLINE) return null;
    return (reversed ? -raw : raw) / 10_000;
  }

  tri(edge: number, field: TriField): Tri {
    return ((this.edgeTri[edge] >> field) & 3) as Tri;
  }

  /** The kerb at one end of an edge: undefined where no kerb is expected, null type when unknown. */
  kerb(edge: number, atTarget: boolean): Kerb | undefined {
    const slot = edge * 2 + (atTarget ? 1 : 0);
    const code = this.kerbCode[slot];
    if (code === KERB_NONE) return undefined;
    const height = this.kerbHeightCm[slot];
    const type = code >= 2 && code < KERB_MEASURED ? KERB_TYPES[code - 2] : null;
    return { type, heightCm: height === UNKNOWN_BYTE ? null : height };
  }

  /** Full geometry of an edge, source to target. */
  coordinates(edge: number): LonLat[] {
    const source = this.edgeSource[edge];
    const target = this.edgeTarget[edge];
    const result: LonLat[] = [[this.nodeLon[source], this.nodeLat[source]]];
    for (let i = this.shapeOffset[edge]; i < this.shapeOffset[edge + 1]; i++) {
      result.push([this.shapeCoords[i * 2], this.shapeCoords[i * 2 + 1]]);
    }
    result.push([this.nodeLon[target], this.nodeLat[target]]);
    return result;
  }

  /** A tri-state attribute as the API says it: true, false, or null when not surveyed. */
  known(edge: number, field: TriField): boolean | null {
    const value = this.tri(edge, field);
    return value === Tri.Unknown ? null : value === Tri.Yes;
  }

  attributes(edge: number): EdgeAttributes {
    const width = this.edgeWidthDm[edge];
    return {
      kind: this.kind(edge),
      incline: this.incline(edge, false),
      widthM: width === UNKNOWN_BYTE ? null : width / 10,
      surface: this.strings[this.edgeSurface[edge]] || null,
      tactilePaving: this.known(edge, TriField.Tactile),
      trafficSignals: this.known(edge, TriField.Signals),
      audibleSignals: this.known(edge, TriField.Audible),
      crossingMarkings: this.known(edge, TriField.Markings),
      name: this.strings[this.edgeName[edge]] || null,
      kerbAtSource: this.kerb(edge, false) ?? null,
      kerbAtTarget: this.kerb(edge, true) ?? null,
    };
  }

  /** Bytes held by the typed arrays (strings and the id map excluded). */
  byteSize(): number {
    return Object.values(this).reduce((sum: number, value) => sum + (ArrayBuffer.isView(value) ? value.byteLength : 0), 0);
  }

  private requireNode(id: number, edgeId: number): number {
    const index = this.nodeIndexById.get(id);
    if (index === undefined) throw new Error(`Edge ${edgeId} refers to node ${id}, which is not in the network`);
    return index;
  }

  private intern(value: string | null): number {
    if (!value) return 0;
    let index = this.stringIndex.get(value);
    if (index === undefined) {
      index = this.strings.push(value) - 1;
      this.stringIndex.set(value, index);
    }
    return index;
  }

  /**
   * Kerbs matter where a street-level edge (crossing, road) meets the footway level, or where the
   * source puts a kerb on the edge itself (a kerb in the middle of an OSM footway). A crossing end
   * that joins a footway-level edge and carries no kerb data is an unknown kerb, never a flush one.
   */
  private assignKerbsAndTactile(input: NetworkInput): void {
    input.edges.forEach((edge, e) => {
      const kind = edge.attributes.kind;
      const streetLevel = STREET_LEVEL.has(kind);
      if (!streetLevel && !edge.attributes.kerbAtSource && !edge.attributes.kerbAtTarget) return;
      const ends: [number, Kerb | null | undefined][] = [
        [this.edgeSource[e], edge.attributes.kerbAtSource],
        [this.edgeTarget[e], edge.attributes.kerbAtTarget],
      ];
      let tactileEnds = 0;
      let tactileNo = false;
      ends.forEach(([node, edgeKerb], end) => {
        const nodeInput = input.nodes[node];
        const kerb = edgeKerb ?? (streetLevel ? nodeInput.kerb : null) ?? null;
        if (nodeInput.tactilePaving === true) tactileEnds++;
        if (nodeInput.tactilePaving === false) tactileNo = true;
        const slot = e * 2 + end;
        if (kerb && (kerb.type || kerb.heightCm != null)) {
          this.kerbCode[slot] = kerb.type ? 2 + KERB_TYPES.indexOf(kerb.type) : KERB_MEASURED;
          const height = kerb.heightCm ?? (kerb.type ? ASSUMED_KERB_HEIGHT_CM[kerb.type] : null);
          this.kerbHeightCm[slot] = height == null ? UNKNOWN_BYTE : Math.min(254, Math.round(height));
        } else if (kind === 'crossing' && this.joinsFootwayLevel(node)) {
          this.kerbCode[slot] = KERB_UNKNOWN;
        }
      });
      if (this.tri(e, TriField.Tactile) === Tri.Unknown && kind === 'crossing') {
        const value = tactileNo ? Tri.No : tactileEnds === 2 ? Tri.Yes : Tri.Unknown;
        this.edgeTri[e] |= value;
      }
    });
  }

  private joinsFootwayLevel(node: number): boolean {
    for (let i = this.adjOffset[node]; i < this.adjOffset[node + 1]; i++) {
      if (!STREET_LEVEL.has(this.kind(this.adjHalfEdge[i] >> 1))) return true;
    }
    return false;
  }
}
