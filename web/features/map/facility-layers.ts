import type { FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { accessStatuses } from '../../app/api-types';
import type { Locale } from '../../i18n';
import { LABEL_FONT, localName } from './basemap-style';
import { statusSvg, type Palette } from './status-symbols';

export const FACILITY_POINTS = 'facility-points';
export const FACILITY_CLUSTERS = 'facility-clusters';
export const FACILITY_SELECTED = 'facility-selected';

/** The layers a pointer or a test can hit: each rendered feature is a facility or a group of them. */
export const facilityLayerIds = [FACILITY_POINTS, FACILITY_CLUSTERS];

const ICON_SIZE = 26;

/** The status symbols as map icons, drawn from the same SVG the legend shows (at twice the size for sharp screens). */
export async function addStatusImages(map: MapLibreMap, palette: Palette): Promise<void> {
  await Promise.all(
    accessStatuses.map(async (status) => {
      const image = new Image(ICON_SIZE * 2, ICON_SIZE * 2);
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(statusSvg(status, { size: ICON_SIZE * 2, palette }))}`;
      await image.decode();
      const id = `status-${status}`;
      if (map.hasImage(id)) map.updateImage(id, image);
      else map.addImage(id, image, { pixelRatio: 2 });
    }),
  );
}

/** Rings the selected facility (none when `id` is null). */
export function selectedFilter(id: number | null): FilterSpecification {
  return ['all', ['!', ['has', 'point_count']], ['==', ['get', 'id'], id ?? -1]];
}

/**
 * Clusters as navy discs with their count; single facilities as their status symbol, named from
 * street zoom; the selected one ringed. Symbols that would overlap are thinned, audited first.
 */
export function facilityLayers(sourceId: string, locale: Locale, palette: Palette, selectedId: number | null): LayerSpecification[] {
  const high = palette === 'high';
  return [
    {
      id: FACILITY_CLUSTERS, type: 'circle', source: sourceId, filter: ['has', 'point_count'],
      paint: {
        'circle-color': high ? '#000000' : '#1d4a78',
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 16, 50, 20, 200, 25],
        'circle-stroke-color': high ? '#ffd400' : '#ffffff',
        'circle-stroke-width': high ? 3 : 2.5,
        'circle-opacity': 0.9,
      },
    },
    {
      id: 'facility-cluster-counts', type: 'symbol', source: sourceId, filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': LABEL_FONT, 'text-size': 13, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: FACILITY_SELECTED, type: 'circle', source: sourceId,
      filter: selectedFilter(selectedId),
      paint: {
        'circle-radius': 20, 'circle-color': high ? '#ffd400' : '#ffbf47', 'circle-opacity': 0.45,
        'circle-stroke-color': high ? '#000000' : '#0f2a47', 'circle-stroke-width': 3,
      },
    },
    {
      id: FACILITY_POINTS, type: 'symbol', source: sourceId, filter: ['!', ['has', 'point_count']],
      layout: {
        'icon-image': ['concat', 'status-', ['get', 'status']],
        // Bus stops are most of the registry: drawn smaller and named later, so buildings stand out.
        'icon-size': ['interpolate', ['linear'], ['zoom'], 10, ['match', ['get', 'category'], 'bus_stop', 0.5, 0.7], 15, ['match', ['get', 'category'], 'bus_stop', 0.8, 1]],
        'icon-padding': 1,
        'symbol-sort-key': ['+', ['match', ['get', 'status'], 'unknown', 2, 0], ['match', ['get', 'category'], 'bus_stop', 1, 0]],
        'text-field': ['step', ['zoom'], '', 14, ['match', ['get', 'category'], 'bus_stop', '', localName(locale)], 16, localName(locale)],
        'text-font': LABEL_FONT, 'text-size': 12, 'text-anchor': 'left', 'text-offset': [1.2, 0],
        'text-max-width': 10, 'text-optional': true,
      },
      paint: { 'text-color': high ? '#000000' : '#1b2430', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
  ];
}
