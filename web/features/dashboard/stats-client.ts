import { getJson } from '../../app/api';
import type { AreaStats } from '../../../server/services/stats/area-stats';
import type { AuditTrend } from '../../../server/services/stats/audit-trend';
import type { FailingItems } from '../../../server/services/stats/failing-items';
import type { Verdict, VerdictFacilities } from '../../../server/services/stats/facility-verdicts';
import type { SectorStats } from '../../../server/services/stats/sector-stats';
import type { Locale } from '../../i18n';

export type { AreaStats, AuditTrend, FailingItems, SectorStats, Verdict, VerdictFacilities };
export type { StatsCounts } from '../../../server/services/stats/stats-row';

/** What the dashboard shows: the country, a region ("none": outside every region) or a district, and a filter. */
export interface DashboardPlace {
  region?: string;
  district?: string;
  sector?: string;
  category?: string;
}

/** The selection parameters every statistics endpoint shares. */
export function selectionParams(place: DashboardPlace, extra: Record<string, string | number | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ region: place.region, district: place.district, sector: place.sector, category: place.category, ...extra })) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

const get = <T>(path: string, params: URLSearchParams, signal?: AbortSignal) => getJson<T>(`${path}?${params}`, { signal });

export const statsApi = {
  /** The areas one level down (regions of the country, districts of a region). */
  areas: (place: DashboardPlace, signal?: AbortSignal) =>
    get<AreaStats>('/api/stats', selectionParams(place, { level: place.region ? 'district' : 'region', region: place.region }), signal),
  sectors: (place: DashboardPlace, signal?: AbortSignal) => get<SectorStats>('/api/stats', selectionParams(place, { level: 'sector' }), signal),
  trend: (place: DashboardPlace, signal?: AbortSignal) => get<AuditTrend>('/api/stats/trend', selectionParams(place, { months: 24 }), signal),
  failing: (place: DashboardPlace, signal?: AbortSignal) => get<FailingItems>('/api/stats/failing-items', selectionParams(place, { limit: 10 }), signal),
  facilities: (place: DashboardPlace, page: { verdict?: Verdict; offset: number; limit: number }, signal?: AbortSignal) =>
    get<VerdictFacilities>('/api/stats/facilities', selectionParams(place, page), signal),
};

/** The download link of a view: the same request as the page's, as CSV or GeoJSON, in the page's language. */
export function exportUrl(path: string, params: URLSearchParams, format: 'csv' | 'geojson', lang: Locale): string {
  const query = new URLSearchParams(params);
  query.set('format', format);
  query.set('lang', lang);
  if (query.get('limit') !== null && path.endsWith('/facilities')) query.set('limit', '50000');
  if (path.endsWith('/facilities')) query.delete('offset');
  return `${path}?${query}`;
}

/** The exports of the views a place shows, with the parameters the page used. */
export function placeExports(place: DashboardPlace): { view: 'areas' | 'sectors' | 'trend' | 'failing' | 'facilities'; path: string; params: URLSearchParams }[] {
  const views: ReturnType<typeof placeExports> = [];
  if (!place.district && place.region !== 'none') {
    views.push({ view: 'areas', path: '/api/stats', params: selectionParams(place, { level: place.region ? 'district' : 'region' }) });
  }
  views.push({ view: 'sectors', path: '/api/stats', params: selectionParams(place, { level: 'sector' }) });
  views.push({ view: 'trend', path: '/api/stats/trend', params: selectionParams(place, { months: 24 }) });
  views.push({ view: 'failing', path: '/api/stats/failing-items', params: selectionParams(place, { limit: 10 }) });
  if (place.district || place.region === 'none') {
    views.push({ view: 'facilities', path: '/api/stats/facilities', params: selectionParams(place, { limit: 50000 }) });
  }
  return views;
}

/** The dashboard path of a place, keeping its filter. */
export function placeHref(place: DashboardPlace): string {
  const path = ['/dashboard', place.region, place.region && place.district].filter(Boolean).join('/');
  const filter = selectionParams({ sector: place.sector, category: place.category }).toString();
  return filter ? `${path}?${filter}` : path;
}
