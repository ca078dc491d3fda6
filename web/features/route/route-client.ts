import { getJson, postJson } from '../../app/api';
import type { CustomProfileInput, ProfileName } from '../../../server/domain/routing/profiles';
import type { planRoute } from '../../../server/services/routing/plan-route';
import type { SearchResult } from '../../../server/services/search/search';

/** POST /api/routes answer: the route as GeoJSON with its summary, directions and doorstep verdict. */
export type PlannedRoute = Awaited<ReturnType<typeof planRoute>>;
export type { SearchResult };

export interface RouteQuery {
  from: [number, number];
  to: [number, number] | { facilityId: number };
  profile: ProfileName | CustomProfileInput;
  optimize: 'comfort' | 'distance';
}

/** Categories a resident can start from as "a nearby transit stop". */
const TRANSIT = 'bus_stop,station';

const near = (point: [number, number] | null): Record<string, string> => (point ? { near: point.map((n) => n.toFixed(5)).join(',') } : {});

/** The route planner's API calls; errors arrive as the app's ApiError / NetworkError. */
export const routeApi = {
  plan: (query: RouteQuery, signal?: AbortSignal) => postJson<PlannedRoute>('/api/routes', query, { signal }),
  /** Streets, settlements and facilities by name, nearer first. */
  search: (q: string, around: [number, number] | null, signal?: AbortSignal) =>
    getJson<SearchResult>(`/api/search?${new URLSearchParams({ q, limit: '6', ...near(around) })}`, { signal }),
  /** Bus stops and stations nearest to a point. */
  transitStops: (around: [number, number], signal?: AbortSignal) =>
    getJson<SearchResult>(`/api/search?${new URLSearchParams({ category: TRANSIT, limit: '6', ...near(around) })}`, { signal }),
};
