import type { MiddlewareHandler } from 'hono';
import { ForbiddenError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host the browser addressed: the proxy's X-Forwarded-Host when present, else Host. */
function requestHost(forwardedHost: string | undefined, host: string | undefined, url: string): string {
  return (forwardedHost?.split(',')[0]?.trim() || host || new URL(url).host).toLowerCase();
}

/**
 * CSRF protection for every state-changing API request, whatever its content type: a browser
 * names the page's origin in `Origin` (and `Sec-Fetch-Site`), so a request started by another
 * site is refused. Requests without either header do not come from a browser page and carry no
 * ambient cookie risk. Compares hosts rather than full origins so a TLS-terminating proxy works.
 * (docs/adr/0402)
 */
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const fetchSite = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      const host = requestHost(c.req.header('x-forwarded-host'), c.req.header('host'), c.req.url);
      const crossSite = fetchSite === 'cross-site' || fetchSite === 'same-site';
      const foreignOrigin = origin !== undefined && (origin === 'null' || hostOf(origin) !== host);
      if (crossSite || foreignOrigin) {
        throw new ForbiddenError('This request came from another site and was refused (cross-site request forgery protection).');
      }
    }
    await next();
  };
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
