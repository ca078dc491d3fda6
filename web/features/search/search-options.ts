import type { AccessStatus, FacilityHit, Group, PlaceHit, SearchResult } from '../../app/api-types';
import { currentLocale, t } from '../../i18n';
import { categoryName, facilityTitle, knownName } from '../facility/facility-names';
import { distanceText } from '../list/distance-text';
import { displayStatus } from '../map/display-status';

/** What choosing a search result does: open a facility, or move the map to a place. */
export type SearchChoice =
  | { kind: 'facility'; id: number; coordinates: [number, number] }
  | { kind: 'place'; name: string; location: [number, number]; bbox?: [number, number, number, number]; zoom: number }
  | { kind: 'all'; q: string };

/** One option of the search popup, with the words a screen reader reads for it. */
export interface SearchOption {
  id: string;
  choice: SearchChoice;
  title: string;
  detail: string;
  status?: AccessStatus;
}

/** Settlements by how much of them a person wants to see on arrival. */
const PLACE_ZOOM: Record<string, number> = { city: 11, town: 12.5, village: 14, hamlet: 14.5 };

function facilityOption(hit: FacilityHit, group: Group): SearchOption {
  const p = hit.properties;
  const locale = currentLocale();
  const status = displayStatus(p.status, group);
  const parts = [categoryName(p.category, locale), t(`status.${status}`)];
  if (p.distanceMetres !== null) parts.push(distanceText(p.distanceMetres));
  return { id: `facility-${p.id}`, choice: { kind: 'facility', id: p.id, coordinates: hit.geometry.coordinates }, title: facilityTitle(p, locale), detail: parts.join(' · '), status };
}

function placeOption(place: PlaceHit): SearchOption {
  const locale = currentLocale();
  if (place.kind === 'street') {
    return {
      id: `street-${place.id}`,
      choice: { kind: 'place', name: place.name, location: place.location, bbox: place.bbox, zoom: 16 },
      title: place.name,
      detail: t('search.street', { city: place.city }),
    };
  }
  const name = knownName(place.names, place.name, locale) ?? place.name;
  return {
    id: `settlement-${place.id}`,
    choice: { kind: 'place', name, location: place.location, zoom: PLACE_ZOOM[place.place] ?? 13 },
    title: name,
    detail: t('search.settlement'),
  };
}

/** The popup's options: facilities first, then places to go to, then "all results in the list". */
export function searchOptions(result: SearchResult, group: Group): { facilities: SearchOption[]; places: SearchOption[] } {
  return { facilities: result.facilities.map((hit) => facilityOption(hit, group)), places: result.places.map(placeOption) };
}
