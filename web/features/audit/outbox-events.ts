/**
 * Tells every open tab of the app that the outbox changed, so each shows the right count.
 * `queued` (a new finished audit) also asks the tabs to send; `updated` only to redraw, so
 * tabs never keep waking each other up.
 */
export type OutboxChange = 'queued' | 'updated';

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('kedergisiz-outbox');
const local = new EventTarget();

export function notifyOutboxChanged(change: OutboxChange = 'updated'): void {
  local.dispatchEvent(new CustomEvent('change', { detail: change }));
  channel?.postMessage(change);
}

export function onOutboxChanged(listener: (change: OutboxChange) => void): () => void {
  const onLocal = (event: Event) => listener((event as CustomEvent<OutboxChange>).detail);
  const onMessage = (event: MessageEvent) => listener(event.data as OutboxChange);
  local.addEventListener('change', onLocal);
  channel?.addEventListener('message', onMessage);
  return () => {
    local.removeEventListener('change', onLocal);
    channel?.removeEventListener('message', onMessage);
  };
}
