import type { EdgeAttributes, Kerb } from '../../domain/routing/attributes';

/** A pedestrian network read from a file, keyed by the source's own ids, before it is stored. */
export interface NetworkSource {
  /** `osw` or `osm`: with each record's `sourceId` it makes re-imports update instead of duplicate. */
  source: string;
  nodes: SourceNode[];
  edges: SourceEdge[];
  facilities: SourceFacility[];
  entrances: SourceEntrance[];
}

export interface SourceNode {
  sourceId: string;
  lon: number;
  lat: number;
  kerb: Kerb | null;
  tactilePaving: boolean | null;
  elevator: boolean;
}

export interface SourceEdge {
  sourceId: string;
  sourceNode: string;
  targetNode: string;
  coordinates: [number, number][];
  lengthM: number;
  attributes: EdgeAttributes;
  tags: Record<string, string>;
}

/** A facility found in the same OSM file; its wheelchair tags are self-reported, never an audit. */
export interface SourceFacility {
  sourceId: string;
  category: string;
  name: string | null;
  names: { kk: string | null; ru: string | null; en: string | null };
  lon: number;
  lat: number;
  attributes: Record<string, string>;
}

export interface SourceEntrance {
  sourceId: string;
  lon: number;
  lat: number;
  entranceType: string;
  wheelchair: string | null;
  /** The network node the entrance is on, when it is on a walkable way. */
  nodeSourceId: string | null;
  facilitySourceId: string | null;
}
