import { readPreference, writePreference } from '../../app/storage';
import { ASTANA } from '../map/places';

/**
 * The centre of the map as last seen, so the list view sorts by distance from where the person
 * was looking; remembered between visits. Astana before the map has ever moved.
 */
export function lastMapCentre(): [number, number] {
  const [lon, lat] = (readPreference('mapCentre') ?? '').split(',').map(Number);
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : ASTANA.center;
}

export function rememberMapCentre(centre: [number, number]): void {
  writePreference('mapCentre', centre.map((n) => n.toFixed(5)).join(','));
}
