/// <reference lib="webworker" />
/**
 * The service worker: keeps the app shell and the API data an inspector needs so the app opens
 * and the audit form works with no network at all, even after a reload. It never touches
 * requests that change data: the outbox (features/audit/outbox.ts) sends those itself, exactly
 * once thanks to the Idempotency-Key. Built to /sw.js by web/sw-build.ts, which puts the list of
 * built files into PRECACHE.
 */
declare const self: ServiceWorkerGlobalScope & { __KZ_PRECACHE__?: { version: string; files: string[] } };

/** The app's built files and a hash of them, set by the first line of the built sw.js. */
const PRECACHE = self.__KZ_PRECACHE__ ?? { version: 'dev', files: [] };

const SHELL_CACHE = `kedergisiz-shell-${PRECACHE.version}`;
const API_CACHE = 'kedergisiz-api';
const PHOTO_CACHE = 'kedergisiz-photos';
/** On a slow network the cached copy is shown after this long rather than keeping the inspector waiting. */
const NETWORK_TIMEOUT_MS = 6000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL_CACHE);
      await cache.addAll(['/', ...PRECACHE.files]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('kedergisiz-shell-') && name !== SHELL_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== 'GET') {
    // Signing out forgets the cached answers of the signed-in account.
    if (request.method === 'DELETE' && url.pathname === '/api/session') event.waitUntil(caches.delete(API_CACHE));
    return;
  }
  // Map tiles (revalidated by ETag in the HTTP cache) and searches (a new URL at every pan of the map) are
  // not kept: the cache would grow without end, and a 6 s timeout would turn a slow tile into a hole in the map.
  if (url.pathname.startsWith('/api/tiles/') || url.pathname === '/api/search') return;
  if (request.mode === 'navigate') event.respondWith(appPage(request));
  else if (url.pathname.startsWith('/api/photos/')) event.respondWith(cacheFirst(PHOTO_CACHE, request));
  else if (url.pathname.startsWith('/api/')) event.respondWith(networkFirst(request));
  else if (PRECACHE.files.includes(url.pathname)) event.respondWith(cacheFirst(SHELL_CACHE, request));
});

/** Every page of the app is the same index.html: fresh from the network, the cached one offline. */
async function appPage(request: Request): Promise<Response> {
  try {
    const response = await withTimeout(fetch(request));
    if (response.ok) {
      const cache = await caches.open(SHELL_CACHE);
      await cache.put('/', response.clone());
    }
    return response;
  } catch {
    return (await caches.match('/', { cacheName: SHELL_CACHE })) ?? offlineAnswer();
  }
}

/** API data: the network's answer when there is one (and kept), else the last one kept. */
async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(API_CACHE);
  const fromNetwork = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone());
    return response;
  });
  try {
    return await withTimeout(fromNetwork);
  } catch {
    fromNetwork.catch(() => {});
    return (await cache.match(request)) ?? offlineAnswer();
  }
}

/** Hashed build files and photos named by their hash never change. */
async function cacheFirst(cacheName: string, request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (err) => (clearTimeout(timer), reject(err)),
    );
  });
}

/** The API's error shape, so the app says "offline" instead of failing on a missing body. */
function offlineAnswer(): Response {
  const body = { error: { code: 'offline', message: 'No network and no saved copy of this yet.', problems: [] } };
  return new Response(JSON.stringify(body), { status: 503, headers: { 'content-type': 'application/json' } });
}
export {};
