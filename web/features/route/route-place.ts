import { currentLocale, t } from '../../i18n';
import { categoryName, facilityTitle } from '../facility/facility-names';
import type { SearchResult } from './route-client';
import { distanceText } from './route-text';

/** A start or a destination the resident chose: what to call it, where it is, and the facility it is. */
export interface RoutePlace {
  label: string;
  point: [number, number];
  /** Shown under the label in a result list: the category, the town, how far. */
  detail?: string;
  facilityId?: number;
}

const fixed = (n: number) => n.toFixed(5);

/** "47.639, -122.1405" typed as latitude, longitude (the order maps and phones show), or null. */
export function parseCoordinates(text: string): [number, number] | null {
  const match = /^\s*(-?\d{1,2}(?:[.]\d+)?)\s*[,; ]\s*(-?\d{1,3}(?:[.]\d+)?)\s*$/.exec(text);
  if (!match) return null;
  const [lat, lon] = [Number(match[1]), Number(match[2])];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lon, lat] : null;
}

export const coordinatesPlace = (point: [number, number]): RoutePlace => ({ label: t('route.coordinates', { lat: fixed(point[1]), lon: fixed(point[0]) }), point });

export const mapPointPlace = (point: [number, number]): RoutePlace => ({ label: t('route.mapPoint', { lat: fixed(point[1]), lon: fixed(point[0]) }), point });

const away = (metres: number | null) => (metres == null ? undefined : t('route.distanceAway', { distance: distanceText(metres) }));

/** Search results as places to choose: facilities always, streets and settlements when asked. */
export function placesOf(result: SearchResult, withAreas: boolean): RoutePlace[] {
  const locale = currentLocale();
  const facilities = result.facilities.map((f): RoutePlace => ({
    label: facilityTitle(f.properties, locale),
    point: f.geometry.coordinates,
    detail: [categoryName(f.properties.category, locale), away(f.properties.distanceMetres)].filter(Boolean).join(' · '),
    facilityId: f.properties.id,
  }));
  if (!withAreas) return facilities;
  const areas = result.places.map((p): RoutePlace => p.kind === 'street'
    ? { label: p.name, point: p.location, detail: [p.city, away(p.distanceMetres)].filter(Boolean).join(' · ') }
    : { label: p.names[locale] ?? p.name, point: p.location });
  return [...areas, ...facilities];
}
