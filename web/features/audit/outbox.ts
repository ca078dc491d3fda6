import { ApiError, getJson, NetworkError } from '../../app/api';
import { auditDb, type OutboxEntry } from './offline-db';
import { notifyOutboxChanged, onOutboxChanged } from './outbox-events';
import { sendJson } from './send';

export interface FlushReport {
  sent: number;
  waiting: number;
  refused: number;
  /** The session ended: the inspector must sign in again before the outbox can be sent. */
  needsSignIn: boolean;
  /** Audits made by another inspector on this tablet, kept until they sign in again. */
  otherInspectors: number;
}

/** Finished audits not yet accepted by the server, oldest first. */
export async function outboxEntries(): Promise<OutboxEntry[]> {
  const db = await auditDb();
  return (await db.getAll('outbox')).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

let running: Promise<FlushReport> | null = null;
let lastReport: FlushReport | undefined;

/** What the last attempt to send found (signed out, other inspectors' audits), for the outbox display. */
export function lastFlushReport(): FlushReport | undefined {
  return lastReport;
}
let again = false;

/**
 * Sends every waiting audit: first its photos, then the audit with its Idempotency-Key, so a
 * request repeated after a lost answer stores nothing twice. An audit leaves the outbox only
 * when the server answered 201. A refusal (422, 403…) keeps it, marked, for the inspector.
 * Only one flush runs at a time across the tabs of the app.
 */
export function flushOutbox(): Promise<FlushReport> {
  if (running) {
    // An audit queued during a flush is sent by one more round instead of waiting a minute.
    again = true;
    return running;
  }
  running = (async () => {
    let report: FlushReport;
    do {
      again = false;
      report = await withLock(sendAll);
    } while (again && !report.needsSignIn && navigator.onLine);
    return report;
  })().finally(() => {
    running = null;
  });
  return running;
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  return locks ? (locks.request('kedergisiz-outbox', work) as Promise<T>) : work();
}

async function sendAll(): Promise<FlushReport> {
  const report: FlushReport = { sent: 0, waiting: 0, refused: 0, needsSignIn: false, otherInspectors: 0 };
  const entries = await outboxEntries();
  if (entries.length === 0) return report;
  const signedIn = await getJson<{ account: { id: number } | null }>('/api/session').then((r) => r.account).catch(() => undefined);
  if (signedIn === null) report.needsSignIn = true;
  for (const entry of entries) {
    if (entry.failure) {
      report.refused++;
      continue;
    }
    // An audit is sent only under its author's session: a shared tablet must not credit another inspector.
    if (!signedIn || entry.inspector.id !== signedIn.id) {
      if (signedIn) report.otherInspectors++;
      report.waiting++;
      continue;
    }
    try {
      await uploadPhotos(entry);
      const reply = await sendJson<{ id: number }>('POST', `/api/facilities/${entry.facilityId}/audits`, entry.body, { 'Idempotency-Key': entry.key });
      await markSent(entry, reply.id);
      report.sent++;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        report.needsSignIn = true;
        report.waiting++;
        break;
      }
      if (err instanceof NetworkError || (err instanceof ApiError && (err.status >= 500 || err.status === 429 || err.status === 408))) {
        await recordAttempt(entry, null);
        report.waiting++;
        if (err instanceof NetworkError) break; // offline: the rest would fail the same way
        continue;
      }
      const status = err instanceof ApiError ? err.status : 0;
      await recordAttempt(entry, { status, message: (err as Error).message });
      report.refused++;
    }
  }
  lastReport = report;
  notifyOutboxChanged();
  return report;
}

async function uploadPhotos(entry: OutboxEntry): Promise<void> {
  const db = await auditDb();
  for (const ref of entry.body.photos) {
    const photo = await db.get('photos', ref.sha256);
    if (!photo || photo.uploaded) continue;
    await sendJson('POST', '/api/photos', photo.blob);
    await db.put('photos', { ...photo, uploaded: true });
  }
}

async function markSent(entry: OutboxEntry, auditId: number): Promise<void> {
  const db = await auditDb();
  const tx = db.transaction(['outbox', 'sent', 'photos', 'drafts'], 'readwrite');
  await tx.objectStore('outbox').delete(entry.key);
  await tx.objectStore('sent').put({ key: entry.key, facilityId: entry.facilityId, facilityName: entry.facilityName, auditId, sentAt: new Date().toISOString() });
  // Photos still referenced by a draft or another queued audit stay.
  const stillUsed = new Set<string>();
  for (const draft of await tx.objectStore('drafts').getAll()) draft.photos.forEach((p) => stillUsed.add(p.sha256));
  for (const other of await tx.objectStore('outbox').getAll()) other.body.photos.forEach((p) => stillUsed.add(p.sha256));
  for (const ref of entry.body.photos) if (!stillUsed.has(ref.sha256)) await tx.objectStore('photos').delete(ref.sha256);
  await tx.done;
}

async function recordAttempt(entry: OutboxEntry, failure: OutboxEntry['failure']): Promise<void> {
  const db = await auditDb();
  const current = await db.get('outbox', entry.key);
  if (current) await db.put('outbox', { ...current, attempts: current.attempts + 1, failure });
}

/** Puts a refused audit back in line, for example after the inspector signed in again. */
export async function retryRefused(key: string): Promise<void> {
  const db = await auditDb();
  const entry = await db.get('outbox', key);
  if (entry) await db.put('outbox', { ...entry, failure: null });
  notifyOutboxChanged();
}

let started = false;

/** Sends the outbox now, whenever the network comes back, after each queued audit, and every minute. */
export function startOutboxSync(): void {
  if (started) return;
  started = true;
  const attempt = () => {
    if (navigator.onLine) void flushOutbox().catch(() => {});
  };
  addEventListener('online', attempt);
  onOutboxChanged((change) => {
    if (change === 'queued') attempt();
  });
  setInterval(attempt, 60_000);
  attempt();
}
