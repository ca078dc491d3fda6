import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Locale } from '../../i18n';
import type { Palette } from './status-symbols';

/** The only font the offline glyphs provide; it covers every Kazakh letter (Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ, І). */
export const LABEL_FONT = ['Noto Sans Regular'];

const COLOURS = {
  normal: {
    outside: '#dfe5ea', land: '#f6f3ec', regionLine: '#8d7fa8', districtLine: '#c3b9d3',
    streetCasing: '#d8d0c2', street: '#ffffff', streetText: '#5b5346', placeText: '#2a2f38', halo: '#ffffff',
  },
  high: {
    outside: '#bfbfbf', land: '#ffffff', regionLine: '#000000', districtLine: '#4d4d4d',
    streetCasing: '#000000', street: '#ffffff', streetText: '#000000', placeText: '#000000', halo: '#ffffff',
  },
} satisfies Record<Palette, Record<string, string>>;

/**
 * A feature's name in the reader's language, then in the others: settlements and areas carry
 * name_kk, name_ru and name_en, some only `name`.
 */
export function localName(locale: Locale): ExpressionSpecification {
  const others = (['kk', 'ru', 'en'] as const).filter((l) => l !== locale);
  return ['coalesce', ['get', `name_${locale}`], ...others.map((l): ExpressionSpecification => ['get', `name_${l}`]), ['get', 'name'], ''];
}

/** Settlements by rank (1 city … 4 hamlet): the zoom their names appear at and their size. */
const SETTLEMENT_RANKS = [
  { rank: 1, minzoom: 3, size: [4, 13, 10, 18] },
  { rank: 2, minzoom: 6, size: [6, 12, 12, 16] },
  { rank: 3, minzoom: 9, size: [9, 11.5, 14, 14] },
  { rank: 4, minzoom: 11.5, size: [12, 11, 16, 13] },
];

/** The basemap's layers; `restyle` re-applies them when the language or the contrast changes. */
export function basemapLayers(locale: Locale, palette: Palette): LayerSpecification[] {
  const c = COLOURS[palette];
  const halo = { 'text-color': c.placeText, 'text-halo-color': c.halo, 'text-halo-width': palette === 'high' ? 2 : 1.4 };
  return [
    { id: 'background', type: 'background', paint: { 'background-color': c.outside } },
    { id: 'land', type: 'fill', source: 'regions', paint: { 'fill-color': c.land } },
    {
      id: 'streets-casing', type: 'line', source: 'streets', minzoom: 11,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.streetCasing, 'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 11, 1.2, 14, 5, 18, 22] },
    },
    {
      id: 'streets', type: 'line', source: 'streets', minzoom: 11,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.street, 'line-width': ['interpolate', ['exponential', 1.6], ['zoom'], 11, 0.5, 14, 3.4, 18, 19] },
    },
    {
      id: 'district-borders', type: 'line', source: 'districts', minzoom: 5,
      paint: { 'line-color': c.districtLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 12, 1.6], 'line-dasharray': [3, 2] },
    },
    {
      id: 'region-borders', type: 'line', source: 'regions',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': c.regionLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 10, 2.4] },
    },
    {
      id: 'country-border', type: 'line', source: 'country',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': c.regionLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.6, 10, 4] },
    },
    {
      id: 'street-names', type: 'symbol', source: 'streets', minzoom: 14,
      layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 12, 'text-max-angle': 30 },
      paint: { ...halo, 'text-color': c.streetText },
    },
    ...SETTLEMENT_RANKS.map(({ rank, minzoom, size }): LayerSpecification => ({
      id: `settlements-${rank}`, type: 'symbol', source: 'settlements', minzoom,
      filter: ['==', ['get', 'rank'], rank],
      layout: {
        'text-field': localName(locale), 'text-font': LABEL_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], size[0], size[1], size[2], size[3]],
        'text-max-width': 8, 'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'population'], 0]],
      },
      paint: halo,
    })),
  ];
}

/** The offline style: the project's own layers from /api/basemap, needing no internet. */
export function offlineStyle(locale: Locale, palette: Palette, url: (path: string) => string): StyleSpecification {
  const layer = (name: string) => ({ type: 'geojson' as const, data: url(`/api/basemap/layers/${name}.geojson`) });
  return {
    version: 8,
    glyphs: url('/api/basemap/glyphs/{fontstack}/{range}.pbf'),
    sources: {
      country: layer('country'),
      regions: layer('regions'),
      districts: layer('districts'),
      settlements: layer('settlements'),
      streets: layer('streets'),
    },
    layers: basemapLayers(locale, palette),
  };
}
