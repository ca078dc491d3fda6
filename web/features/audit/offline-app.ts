import { startOutboxSync } from './outbox';

/**
 * Makes the app work without a network: registers the service worker (built app only; the Vite
 * dev server serves modules it cannot cache) and starts sending the outbox whenever the network
 * is there. Loaded once per page by app/main.ts.
 */
export function startOfflineSupport(): void {
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((err) => console.warn('service worker not registered:', err));
  }
  if ('indexedDB' in globalThis) startOutboxSync();
}
