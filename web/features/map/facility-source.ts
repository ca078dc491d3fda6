import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { AccessStatus, FacilityFeature, Group } from '../../app/api-types';

/** A facility as the map and the "facilities in view" list know it. */
export interface FacilityInView {
  id: number;
  category: string;
  name: string | null;
  names: FacilityFeature['properties']['names'];
  /** The status for the resident's group. */
  status: AccessStatus;
  coordinates: [number, number];
  distanceMetres?: number | null;
}

export interface FacilitiesInView {
  /** The facilities in view nearest to the centre (a few dozen at most). */
  facilities: FacilityInView[];
  /** How many facilities the view holds under the filters; null when it cannot be told at this zoom. */
  total: number | null;
}

/** Whose status the map shows and what the filters keep (undefined: everything). */
export interface FacilityQuery {
  group: Group;
  categories?: string[];
  statuses?: AccessStatus[];
  /** The same filters as a layer filter on single facilities. */
  pointFilter: FilterSpecification;
}

/**
 * Where the map's facilities come from: a map source whose layers `facility-layers.ts` draws
 * (today vector tiles, `tile-facility-source.ts`), and the facilities in view for the list.
 */
export interface FacilitySource {
  readonly sourceId: string;
  /** Adds the source to a map whose style has loaded. */
  attach(map: MapLibreMap): void;
  /** Resolves with the facilities in view under the query, once the view's data is drawn. */
  refresh(map: MapLibreMap, query: FacilityQuery): Promise<FacilitiesInView>;
  /** The zoom that opens up a group of facilities clicked at `zoom`. */
  expansionZoom(zoom: number): number;
}
