import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AccessStatus, FacilityFeature } from '../../app/api-types';

/** A facility as the map and the "facilities in view" list know it. */
export interface FacilityInView {
  id: number;
  category: string;
  name: string | null;
  names: FacilityFeature['properties']['names'];
  status: AccessStatus;
  coordinates: [number, number];
}

export interface FacilitiesInView {
  facilities: FacilityInView[];
  /** True when the area holds more facilities than were loaded. */
  truncated: boolean;
}

/**
 * Where the map's facilities come from. The facility layers read the source `sourceId` whose
 * features carry `id`, `status` (an AccessStatus), `category`, `name`, `name_kk|ru|en`, and
 * `point_count` for aggregates. Today: GeoJSON by bounding box. Issue 5 swaps in vector tiles by
 * implementing this interface; nothing else in the map changes.
 */
export interface FacilitySource {
  readonly sourceId: string;
  /** Whether the facility layers should cluster points from this source (GeoJSON) or not (tiles aggregate). */
  readonly clustered: boolean;
  /** Adds the source to a map whose style has loaded. */
  attach(map: MapLibreMap): void;
  /** Brings the source up to date with the map's view; resolves with the facilities in view. */
  refresh(map: MapLibreMap): Promise<FacilitiesInView>;
  /** The zoom at which a cluster splits, for "select a cluster to zoom in". */
  expansionZoom(map: MapLibreMap, clusterId: number): Promise<number>;
}
