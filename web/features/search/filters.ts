import type { ReactiveControllerHost } from 'lit';
import { categories } from '../../../server/domain/categories';
import { accessStatuses, type AccessStatus } from '../../app/api-types';
import { ChangeController } from '../profile/change-controller';

/**
 * What the resident narrowed the map and the list to: one sector or category ("" for every kind
 * of place) and the statuses to show. Shared by the map and the list view, so both show the same.
 */
export interface FacilityFilters {
  /** "" (all), "sector:<id>" or "category:<id>". */
  place: string;
  statuses: AccessStatus[];
}

const listeners = new Set<(filters: FacilityFilters) => void>();
let current: FacilityFilters = { place: '', statuses: [...accessStatuses] };

export function facilityFilters(): FacilityFilters {
  return current;
}

export function setFacilityFilters(filters: FacilityFilters): void {
  current = filters;
  listeners.forEach((listener) => listener(current));
}

export function onFiltersChange(listener: (filters: FacilityFilters) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The category ids the filter keeps, or undefined for every category. */
export function filteredCategories(filters: FacilityFilters): string[] | undefined {
  const [kind, id] = filters.place.split(':');
  if (kind === 'category') return [id];
  if (kind === 'sector') return categories.filter((c) => c.sector === id).map((c) => c.id);
  return undefined;
}

/** The statuses to ask the API for, or undefined when all are kept (no filter). */
export function filteredStatuses(filters: FacilityFilters): AccessStatus[] | undefined {
  return filters.statuses.length === accessStatuses.length ? undefined : filters.statuses;
}

export function filtersActive(filters: FacilityFilters): boolean {
  return filters.place !== '' || filteredStatuses(filters) !== undefined;
}

/** Re-renders a Lit element when it changes: `new FiltersController(this)`. */
export class FiltersController extends ChangeController {
  constructor(host: ReactiveControllerHost) {
    super(host, onFiltersChange);
  }
}
