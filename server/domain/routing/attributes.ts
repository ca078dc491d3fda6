/**
 * What the pedestrian network says about a piece of path, as importers hand it to the graph builder.
 * Every attribute may be `null`: not surveyed. Unknown is never read as safe (see ADR 0201).
 */

/** The kind of way a pedestrian walks on. `road` is a carriageway without a mapped sidewalk. */
export type EdgeKind = 'sidewalk' | 'crossing' | 'footway' | 'steps' | 'elevator' | 'ramp' | 'road';

export const EDGE_KINDS: readonly EdgeKind[] = ['sidewalk', 'crossing', 'footway', 'steps', 'elevator', 'ramp', 'road'];

/** Kerb types as OpenStreetMap and OpenSidewalks tag them (`kerb=*`). */
export type KerbType = 'flush' | 'lowered' | 'rolled' | 'raised';

export const KERB_TYPES: readonly KerbType[] = ['flush', 'lowered', 'rolled', 'raised'];

/**
 * Height assumed for a kerb whose type is known but whose height was not measured. `lowered` is
 * "up to 3 cm" on the OSM wiki; we take 2 cm so a 3 cm limit passes it and a 1.5 cm limit does not.
 */
export const ASSUMED_KERB_HEIGHT_CM: Record<KerbType, number> = { flush: 0, lowered: 2, rolled: 3, raised: 12 };

/** A kerb where a street-level path meets the footway level. */
export interface Kerb {
  type: KerbType | null;
  heightCm: number | null;
}

/** Surface as a pedestrian with wheels feels it. */
export type SurfaceClass = 'smooth' | 'rough' | 'soft';

const SURFACE_CLASSES: Record<string, SurfaceClass> = {
  asphalt: 'smooth', concrete: 'smooth', 'concrete:plates': 'smooth', paved: 'smooth', paving_stones: 'smooth',
  metal: 'smooth', wood: 'smooth', rubber: 'smooth', tartan: 'smooth', 'concrete:lanes': 'rough',
  sett: 'rough', cobblestone: 'rough', unhewn_cobblestone: 'rough', compacted: 'rough', fine_gravel: 'rough',
  bricks: 'rough', grass_paver: 'rough', stone: 'rough',
  gravel: 'soft', pebblestone: 'soft', unpaved: 'soft', ground: 'soft', dirt: 'soft', earth: 'soft', grass: 'soft',
  sand: 'soft', mud: 'soft', woodchips: 'soft', rock: 'soft',
};

/** Classifies an OSM `surface=*` value; an unrecognised value is unknown, not smooth. */
export function surfaceClass(surface: string | null): SurfaceClass | null {
  if (!surface) return null;
  return SURFACE_CLASSES[surface] ?? null;
}

/** Attributes of one edge. Incline is the signed grade from source to target (0.05 = 5 % uphill). */
export interface EdgeAttributes {
  kind: EdgeKind;
  incline: number | null;
  widthM: number | null;
  surface: string | null;
  tactilePaving: boolean | null;
  /** Traffic signals at the crossing (`crossing=traffic_signals`). */
  trafficSignals: boolean | null;
  /** Audible (sound) signals at the crossing (`traffic_signals:sound`). */
  audibleSignals: boolean | null;
  crossingMarkings: boolean | null;
  name: string | null;
  /** Kerbs at the ends, when the source tags them on the edge rather than on the node. */
  kerbAtSource?: Kerb | null;
  kerbAtTarget?: Kerb | null;
}

/** A graph node. Kerbs and tactile paving are on nodes in OpenSidewalks and in OSM. */
export interface NodeInput {
  id: number;
  lon: number;
  lat: number;
  kerb?: Kerb | null;
  tactilePaving?: boolean | null;
  elevator?: boolean;
}

export interface EdgeInput {
  id: number;
  source: number;
  target: number;
  /** Full geometry from source to target, endpoints included. */
  coordinates: [number, number][];
  /** Length in metres; computed from the geometry when absent. */
  lengthM?: number | null;
  attributes: EdgeAttributes;
}

export interface NetworkInput {
  nodes: NodeInput[];
  edges: EdgeInput[];
}

/** Attributes with every value unknown, for sources such as a drive network. */
export function unknownAttributes(kind: EdgeKind, name: string | null = null): EdgeAttributes {
  return {
    kind, name, incline: null, widthM: null, surface: null, tactilePaving: null,
    trafficSignals: null, audibleSignals: null, crossingMarkings: null,
  };
}
