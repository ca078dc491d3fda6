import type { Map as MapLibreMap } from 'maplibre-gl';
import { api, apiUrl } from '../../app/api';
import { accessStatuses, type FacilityHit, type Group } from '../../app/api-types';
import { displayStatus } from './display-status';
import type { FacilitiesInView, FacilityInView, FacilityQuery, FacilitySource } from './facility-source';

/** The tiles' source layers (docs/api.md): counted groups up to z12, one point per facility from z13. */
export const CLUSTER_LAYER = 'clusters';
export const POINT_LAYER = 'facilities';
/** The first zoom whose tiles carry single facilities. */
export const FACILITY_MIN_ZOOM = 13;
/** How many facilities nearest to the centre are listed beside the map: enough to browse, few enough to tab through. */
const LISTED = 50;

export function toFacilityInView(hit: FacilityHit, group: Group): FacilityInView {
  const p = hit.properties;
  return { id: p.id, category: p.category, name: p.name, names: p.names, status: displayStatus(p.status, group), coordinates: hit.geometry.coordinates, distanceMetres: p.distanceMetres };
}

/**
 * Facilities as vector tiles from /api/tiles (fast at a million facilities, cached by ETag). The
 * list beside the map asks the search API for the nearest facilities under the same filters, and
 * counts what is in view from the tiles already drawn.
 */
export class TileFacilitySource implements FacilitySource {
  readonly sourceId = 'facilities';
  private pending: AbortController | undefined;

  attach(map: MapLibreMap): void {
    map.addSource(this.sourceId, {
      type: 'vector',
      tiles: [apiUrl('/api/tiles/facilities/{z}/{x}/{y}.mvt')],
      minzoom: 0,
      maxzoom: 16,
      promoteId: { [POINT_LAYER]: 'id' },
    });
  }

  async refresh(map: MapLibreMap, query: FacilityQuery): Promise<FacilitiesInView> {
    this.pending?.abort();
    const pending = (this.pending = new AbortController());
    const { lng, lat } = map.getCenter();
    const bounds = map.getBounds();
    const [found] = await Promise.all([
      api.search({ near: [lng, lat], categories: query.categories, statuses: query.statuses, group: query.group, limit: LISTED }, pending.signal),
      tilesDrawn(map),
    ]);
    const facilities = found.facilities.map((hit) => toFacilityInView(hit, query.group)).filter((f) => bounds.contains(f.coordinates));
    return { facilities, total: this.countInView(map, query) };
  }

  /** Facilities in view by the drawn tiles; null when clusters cannot honour a category filter. */
  private countInView(map: MapLibreMap, query: FacilityQuery): number | null {
    const bounds = map.getBounds();
    const inView = (f: GeoJSON.Feature) => f.geometry.type === 'Point' && bounds.contains(f.geometry.coordinates as [number, number]);
    if (map.getZoom() >= FACILITY_MIN_ZOOM) {
      const ids = new Set<number>();
      for (const f of map.querySourceFeatures(this.sourceId, { sourceLayer: POINT_LAYER, filter: query.pointFilter })) if (inView(f)) ids.add(Number(f.properties?.id));
      return ids.size;
    }
    if (query.categories) return null;
    let total = 0;
    for (const f of map.querySourceFeatures(this.sourceId, { sourceLayer: CLUSTER_LAYER })) {
      if (inView(f)) total += (query.statuses ?? accessStatuses).reduce((sum, s) => sum + Number(f.properties?.[`${query.group}_${s}`] ?? 0), 0);
    }
    return total;
  }

  /** Clusters sit on a grid per tile: two zoom steps in splits one, and from z10 straight to single facilities. */
  expansionZoom(zoom: number): number {
    return zoom >= FACILITY_MIN_ZOOM - 3 ? FACILITY_MIN_ZOOM + 1 : zoom + 2;
  }
}

/** Resolves once the tiles of the current view are loaded, so counting them is complete. */
function tilesDrawn(map: MapLibreMap): Promise<void> {
  return map.loaded() ? Promise.resolve() : new Promise((resolve) => map.once('idle', () => resolve()));
}
