import type { Bbox } from '../../app/api-types';
import type { OverlayData, OverlayLayer } from '../map/kz-map';
import type { PlannedRoute } from './route-client';

/** The map overlay's source id; its layers are named route-*. */
export const ROUTE_SOURCE = 'route';
export const ROUTE_LINE = 'route-line';

type Part = 'segment' | 'breaks' | 'unverified' | 'start' | 'end';
type Position = [number, number];

const line = (part: Part, coordinates: Position[]) => ({
  type: 'Feature' as const, properties: { part }, geometry: { type: 'LineString' as const, coordinates },
});
const point = (part: Part, coordinates: Position) => ({
  type: 'Feature' as const, properties: { part }, geometry: { type: 'Point' as const, coordinates },
});

/**
 * What the map draws for the planner: the chosen start and destination and, once planned, the
 * route, its stretches that break the profile (a relaxed route) and its unsurveyed stretches.
 */
export function routeOverlay(start: Position | null, end: Position | null, route: PlannedRoute | null): OverlayData {
  const features = [];
  if (route) {
    for (const segment of route.features) {
      const coordinates = segment.geometry.coordinates as Position[];
      features.push(line(segment.properties.violates.length ? 'breaks' : 'segment', coordinates));
    }
    for (const stretch of route.unverified.stretches) features.push(line('unverified', stretch.geometry.coordinates as Position[]));
  }
  if (start) features.push(point('start', start));
  if (end) features.push(point('end', end));
  return { type: 'FeatureCollection', features };
}

const lines: Extract<OverlayLayer, { type: 'line' }>['filter'] = ['in', ['get', 'part'], ['literal', ['segment', 'breaks']]];

/**
 * A blue line with a white casing; red dashes where the route breaks the profile; white dots
 * on unsurveyed stretches; a green start and a dark blue destination. Colours hold on both the
 * normal and the high-contrast base map.
 */
export const routeLayers: OverlayLayer[] = [
  { id: 'route-casing', type: 'line', source: ROUTE_SOURCE, filter: lines, layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': 10 } },
  { id: ROUTE_LINE, type: 'line', source: ROUTE_SOURCE, filter: lines, layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': '#0b5cad', 'line-width': 6 } },
  { id: 'route-breaks', type: 'line', source: ROUTE_SOURCE, filter: ['==', ['get', 'part'], 'breaks'], paint: { 'line-color': '#c62828', 'line-width': 6, 'line-dasharray': [1.2, 0.8] } },
  { id: 'route-unverified', type: 'line', source: ROUTE_SOURCE, filter: ['==', ['get', 'part'], 'unverified'], layout: { 'line-cap': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': 2.5, 'line-dasharray': [0.1, 2.5] } },
  {
    id: 'route-ends', type: 'circle', source: ROUTE_SOURCE, filter: ['in', ['get', 'part'], ['literal', ['start', 'end']]],
    paint: { 'circle-radius': 8, 'circle-color': ['match', ['get', 'part'], 'start', '#1b7f3b', '#0f2a47'], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
  },
];

/** The box around the route and its ends, to frame it on the map. */
export function overlayBbox(overlay: OverlayData): Bbox | null {
  if (typeof overlay === 'string' || overlay.type !== 'FeatureCollection') return null;
  let box: Bbox | null = null;
  const add = ([lon, lat]: number[]) => {
    box = box ? [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)] : [lon, lat, lon, lat];
  };
  for (const feature of overlay.features) {
    const geometry = feature.geometry;
    if (geometry.type === 'Point') add(geometry.coordinates);
    else if (geometry.type === 'LineString') geometry.coordinates.forEach(add);
  }
  return box;
}
