import type { ExpressionSpecification, FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { accessStatuses, type AccessStatus, type Group } from '../../app/api-types';
import type { Locale } from '../../i18n';
import { LABEL_FONT, localName } from './basemap-style';
import { statusSvg, type Palette } from './status-symbols';
import { CLUSTER_LAYER, POINT_LAYER } from './tile-facility-source';

export const FACILITY_POINTS = 'facility-points';
export const FACILITY_CLUSTERS = 'facility-clusters';
export const FACILITY_SELECTED = 'facility-selected';

/** The layers a pointer or a test can hit: each rendered feature is a facility or a group of them. */
export const facilityLayerIds = [FACILITY_POINTS, FACILITY_CLUSTERS];

const ICON_SIZE = 26;

/** Whose verdict the symbols show and which facilities they keep (undefined: all). */
export interface FacilityLayerOptions {
  sourceId: string;
  locale: Locale;
  palette: Palette;
  selectedId: number | null;
  group: Group;
  categories?: string[];
  statuses?: AccessStatus[];
}

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

/** A facility's status for the group, from its tile properties; never audited is "unknown" whatever its columns say. */
export function statusExpression(group: Group): ExpressionSpecification {
  return ['case', ['==', ['get', 'audited'], true], ['match', ['get', group], ['accessible', 'partial', 'conditional', 'inaccessible'], ['get', group], 'unknown'], 'unknown'];
}

/** Rings the selected facility (none when `id` is null). */
export function selectedFilter(id: number | null): FilterSpecification {
  return ['==', ['get', 'id'], id ?? -1];
}

/** The facilities the filters keep, as a layer filter. */
export function pointFilter(options: Pick<FacilityLayerOptions, 'group' | 'categories' | 'statuses'>): FilterSpecification {
  const parts: ExpressionSpecification[] = [];
  if (options.categories) parts.push(['in', ['get', 'category'], ['literal', options.categories]]);
  if (options.statuses) parts.push(['in', statusExpression(options.group), ['literal', options.statuses]]);
  return ['all', ...parts];
}

/**
 * How many facilities of a cluster the status filter keeps, from its `<group>_<status>` counts.
 * Clusters do not know categories: a category filter applies from street zoom, where facilities are drawn one by one.
 */
export function clusterCount(group: Group, statuses: readonly AccessStatus[] = accessStatuses): ExpressionSpecification {
  const counts: ExpressionSpecification[] = statuses.map((s) => ['get', `${group}_${s}`]);
  return counts.length === 1 ? counts[0] : ['+', ...counts];
}

/**
 * Groups of facilities as navy discs with their count; single facilities as their status symbol
 * for the resident's group, named from street zoom; the selected one ringed. Symbols that would
 * overlap are thinned, audited first.
 */
export function facilityLayers(options: FacilityLayerOptions): LayerSpecification[] {
  const { sourceId, locale, palette, group } = options;
  const high = palette === 'high';
  const count = clusterCount(group, options.statuses);
  const status = statusExpression(group);
  return [
    {
      id: FACILITY_CLUSTERS, type: 'circle', source: sourceId, 'source-layer': CLUSTER_LAYER, filter: ['>', count, 0],
      paint: {
        'circle-color': high ? '#000000' : '#1d4a78',
        'circle-radius': ['step', count, 14, 10, 16, 50, 20, 200, 25],
        'circle-stroke-color': high ? '#ffd400' : '#ffffff',
        'circle-stroke-width': high ? 3 : 2.5,
        'circle-opacity': 0.9,
      },
    },
    {
      id: 'facility-cluster-counts', type: 'symbol', source: sourceId, 'source-layer': CLUSTER_LAYER, filter: ['>', count, 0],
      layout: {
        'text-field': ['case', ['>=', count, 10_000], ['concat', ['to-string', ['round', ['/', count, 1000]]], 'k'], ['>=', count, 1000], ['concat', ['to-string', ['/', ['round', ['/', count, 100]], 10]], 'k'], ['to-string', count]],
        'text-font': LABEL_FONT, 'text-size': 13, 'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: FACILITY_SELECTED, type: 'circle', source: sourceId, 'source-layer': POINT_LAYER,
      filter: selectedFilter(options.selectedId),
      paint: {
        'circle-radius': 20, 'circle-color': high ? '#ffd400' : '#ffbf47', 'circle-opacity': 0.45,
        'circle-stroke-color': high ? '#000000' : '#0f2a47', 'circle-stroke-width': 3,
      },
    },
    {
      id: FACILITY_POINTS, type: 'symbol', source: sourceId, 'source-layer': POINT_LAYER, filter: pointFilter(options),
      layout: {
        'icon-image': ['concat', 'status-', status],
        // Bus stops are most of the registry: drawn smaller and named later, so buildings stand out.
        'icon-size': ['interpolate', ['linear'], ['zoom'], 13, ['match', ['get', 'category'], 'bus_stop', 0.55, 0.75], 15, ['match', ['get', 'category'], 'bus_stop', 0.8, 1]],
        'icon-padding': 1,
        'symbol-sort-key': ['+', ['match', status, 'unknown', 2, 0], ['match', ['get', 'category'], 'bus_stop', 1, 0]],
        'text-field': ['step', ['zoom'], '', 14, ['match', ['get', 'category'], 'bus_stop', '', localName(locale)], 16, localName(locale)],
        'text-font': LABEL_FONT, 'text-size': 12, 'text-anchor': 'left', 'text-offset': [1.2, 0],
        'text-max-width': 10, 'text-optional': true,
      },
      paint: { 'text-color': high ? '#000000' : '#1b2430', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
  ];
}
