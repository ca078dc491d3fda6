import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

type LayoutName = Parameters<MapLibreMap['setLayoutProperty']>[1];
type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];

/** Re-applies layer properties (language, contrast, selection) to layers already on the map. */
export function restyle(map: MapLibreMap, layers: LayerSpecification[]): void {
  for (const layer of layers) {
    if (!map.getLayer(layer.id)) continue;
    if ('filter' in layer && layer.filter) map.setFilter(layer.id, layer.filter);
    for (const [name, value] of Object.entries(layer.layout ?? {})) map.setLayoutProperty(layer.id, name as LayoutName, value);
    for (const [name, value] of Object.entries(layer.paint ?? {})) map.setPaintProperty(layer.id, name as PaintName, value);
  }
}
