import type { Map as MapLibreMap } from 'maplibre-gl';
import { FACILITY_CLUSTERS, FACILITY_POINTS, facilityLayerIds } from './facility-layers';

/** What a pointer on the facility layers does: select a facility, or open up a cluster. */
export function onFacilityPointer(
  map: MapLibreMap,
  handlers: { select(id: number): void; expand(center: [number, number]): void },
): void {
  map.on('click', FACILITY_POINTS, (event) => {
    const id = Number(event.features?.[0]?.properties.id);
    if (Number.isFinite(id)) handlers.select(id);
  });
  map.on('click', FACILITY_CLUSTERS, (event) => {
    const cluster = event.features?.[0];
    if (cluster?.geometry.type === 'Point') handlers.expand(cluster.geometry.coordinates as [number, number]);
  });
  for (const id of facilityLayerIds) {
    map.on('mouseenter', id, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', id, () => (map.getCanvas().style.cursor = ''));
  }
}
