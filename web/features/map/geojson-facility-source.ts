import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { api } from '../../app/api';
import type { Bbox, FacilityFeature } from '../../app/api-types';
import { displayStatus } from './display-status';
import type { FacilitiesInView, FacilityInView, FacilitySource } from './facility-source';

/** Points merge into counted clusters up to this zoom; beyond it every facility has its own symbol. */
export const CLUSTER_MAX_ZOOM = 13;
const LIMIT = 5_000;

const contains = (outer: Bbox, inner: Bbox) =>
  outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];

/** The view's box grown by half its size on each side and kept within the world, so small pans need no request. */
function paddedBbox(view: Bbox): Bbox {
  const dx = (view[2] - view[0]) / 2;
  const dy = (view[3] - view[1]) / 2;
  return [Math.max(-180, view[0] - dx), Math.max(-85, view[1] - dy), Math.min(180, view[2] + dx), Math.min(85, view[3] + dy)];
}

function toFacility(feature: FacilityFeature): FacilityInView {
  const p = feature.properties;
  return { id: p.id, category: p.category, name: p.name, names: p.names, status: displayStatus(p.status), coordinates: feature.geometry.coordinates };
}

/** Facilities from GET /api/facilities for (a padded box around) the view, clustered by MapLibre. */
export class GeoJsonFacilitySource implements FacilitySource {
  readonly sourceId = 'facilities';
  readonly clustered = true;
  private loaded: { bbox: Bbox; facilities: FacilityInView[]; truncated: boolean } | undefined;
  private pending: AbortController | undefined;

  attach(map: MapLibreMap): void {
    map.addSource(this.sourceId, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      cluster: true,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      clusterRadius: 56,
      promoteId: 'id',
    });
  }

  async refresh(map: MapLibreMap): Promise<FacilitiesInView> {
    const bounds = map.getBounds();
    const view: Bbox = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
    if (!this.loaded || this.loaded.truncated || !contains(this.loaded.bbox, view)) {
      this.pending?.abort();
      const pending = (this.pending = new AbortController());
      const bbox = paddedBbox(view);
      const collection = await api.facilities({ bbox, limit: LIMIT }, pending.signal);
      this.loaded = { bbox, facilities: collection.features.map(toFacility), truncated: collection.truncated };
      (map.getSource(this.sourceId) as GeoJSONSource).setData({
        type: 'FeatureCollection',
        features: this.loaded.facilities.map((f) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: f.coordinates },
          properties: { id: f.id, status: f.status, category: f.category, name: f.name, name_kk: f.names.kk, name_ru: f.names.ru, name_en: f.names.en },
        })),
      });
    }
    const inView = this.loaded.facilities.filter(({ coordinates: [lon, lat] }) => lon >= view[0] && lon <= view[2] && lat >= view[1] && lat <= view[3]);
    return { facilities: inView, truncated: this.loaded.truncated };
  }

  expansionZoom(map: MapLibreMap, clusterId: number): Promise<number> {
    return (map.getSource(this.sourceId) as GeoJSONSource).getClusterExpansionZoom(clusterId);
  }
}
