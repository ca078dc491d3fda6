import { ApiError, NetworkError, type ApiProblem } from '../../app/api';

/**
 * Sends a request with a body to the API and returns its JSON, raising the same ApiError /
 * NetworkError as the app's `getJson`, so callers tell "the server refused" from "no network".
 */
export async function sendJson<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const isBlob = body instanceof Blob;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { Accept: 'application/json', ...(body === undefined || isBlob ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : isBlob ? body : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (err) {
    throw new NetworkError((err as Error).message || 'network error');
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string; problems?: ApiProblem[] } } | undefined)?.error;
    // A service worker answers 503 without a body when it has no network either.
    if (!error && (response.status === 503 || response.status === 504)) throw new NetworkError(`HTTP ${response.status}`);
    throw new ApiError(response.status, error?.code ?? 'http_error', error?.message ?? `HTTP ${response.status}`, error?.problems ?? []);
  }
  if (parsed === undefined) throw new NetworkError(`${path} did not answer with JSON`);
  return parsed as T;
}
