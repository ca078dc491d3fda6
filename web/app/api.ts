import type {
  AppConfig, Bbox, FacilityAccessibility, FacilityCollection, FacilityDetail, NewReport, RegionList, ReportForm, ReportRecord, SearchQuery, SearchResult,
} from './api-types';

/** One problem with one named input, as the API reports it. */
export interface ApiProblem {
  path: string;
  message: string;
}

/** The server answered with an error body `{error: {code, message, problems}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: ApiProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The server could not be reached (offline, DNS, CORS) or answered with something that is not JSON. */
export class NetworkError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NetworkError';
  }
}

export const isAbort = (err: unknown) => err instanceof DOMException && err.name === 'AbortError';

/**
 * GET a JSON resource of the API. Every request of the web app goes through here (or postJson), so
 * errors always arrive as ApiError or NetworkError (or an AbortError when the caller cancelled).
 */
export function getJson<T>(path: string, options: { signal?: AbortSignal } = {}): Promise<T> {
  return requestJson<T>(path, { headers: { Accept: 'application/json' }, signal: options.signal });
}

/** POST a JSON body to the API (e.g. a route to plan) and read its JSON answer, with getJson's errors. */
export function postJson<T>(path: string, body: unknown, options: { signal?: AbortSignal } = {}): Promise<T> {
  return requestJson<T>(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal: options.signal,
  });
}

/** POST a multipart form (text fields and files) and read its JSON answer, with getJson's errors. */
export function postForm<T>(path: string, form: FormData): Promise<T> {
  // No Content-Type here: the browser writes it with the form's boundary.
  return requestJson<T>(path, { method: 'POST', headers: { Accept: 'application/json' }, body: form });
}

async function requestJson<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (err) {
    if (isAbort(err)) throw err;
    throw new NetworkError((err as Error).message || 'network error');
  }
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string; problems?: ApiProblem[] } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? 'http_error', error?.message ?? `HTTP ${response.status}`, error?.problems ?? []);
  }
  if (body === undefined) throw new NetworkError(`${path} did not answer with JSON`);
  return body as T;
}

export const api = {
  config: (signal?: AbortSignal) => getJson<AppConfig>('/api/config', { signal }),

  regions: (signal?: AbortSignal) => getJson<RegionList>('/api/regions', { signal }),

  /** Facilities inside `bbox`; `truncated` says that more than `limit` matched. */
  facilities(query: { bbox: Bbox; categories?: string[]; limit?: number }, signal?: AbortSignal) {
    const params = new URLSearchParams({ bbox: query.bbox.map((n) => n.toFixed(5)).join(',') });
    if (query.categories?.length) params.set('category', query.categories.join(','));
    if (query.limit) params.set('limit', String(query.limit));
    return getJson<FacilityCollection>(`/api/facilities?${params}`, { signal });
  },

  facility: (id: number, signal?: AbortSignal) => getJson<FacilityDetail>(`/api/facilities/${id}`, { signal }),

  /** Facilities and places for what a resident typed, with the map's filters; without `q`, the nearest first. */
  search(query: SearchQuery, signal?: AbortSignal) {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.categories?.length) params.set('category', query.categories.join(','));
    if (query.statuses?.length && query.group) params.set('status', query.statuses.join(','));
    if (query.group) params.set('group', query.group);
    if (query.near) params.set('near', query.near.map((n) => n.toFixed(5)).join(','));
    if (query.limit) params.set('limit', String(query.limit));
    return getJson<SearchResult>(`/api/search?${params}`, { signal });
  },

  /** The facility's current audit as residents see it (null when never audited). */
  accessibility: (id: number, signal?: AbortSignal) => getJson<FacilityAccessibility>(`/api/facilities/${id}/accessibility`, { signal }),

  reportForm: (signal?: AbortSignal) => getJson<ReportForm>('/api/reports/form', { signal }),

  /** A report, as JSON, or as a multipart form when a photo goes with it (stored together or not at all). */
  sendReport(facilityId: number, report: NewReport, photo?: Blob) {
    const path = `/api/facilities/${facilityId}/reports`;
    if (!photo) return postJson<ReportRecord>(path, report);
    const form = new FormData();
    for (const [name, value] of Object.entries(report)) form.append(name, String(value));
    form.append('photo', photo, 'photo.jpg');
    return postForm<ReportRecord>(path, form);
  },
};

/** Where a photo of a facility's current audit is served to anyone. */
export const auditPhotoUrl = (facilityId: number, sha256: string) => `/api/facilities/${facilityId}/accessibility/photos/${sha256}`;

/**
 * Absolute URL of an API resource, for consumers that fetch on their own (MapLibre's sources and
 * glyphs). Plain concatenation: URL() would escape the {fontstack} and {range} placeholders.
 */
export function apiUrl(path: string): string {
  return `${location.origin}${path}`;
}
