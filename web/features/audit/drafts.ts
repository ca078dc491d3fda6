import { auditDb, type Author, type Draft, type OutboxEntry } from './offline-db';
import { notifyOutboxChanged } from './outbox-events';

/** The inspector's unfinished audit of a facility, if they started one on this tablet. */
export async function draftFor(facilityId: number, inspector: Author): Promise<Draft | undefined> {
  const db = await auditDb();
  const drafts = (await db.getAllFromIndex('drafts', 'byFacility', facilityId)).filter((d) => d.inspector.id === inspector.id);
  return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** Starts an audit: its Idempotency-Key is made here, once. */
export function newDraft(inspector: Author, facilityId: number, facilityName: string, checklistVersion: string): Draft {
  const now = new Date().toISOString();
  return {
    key: crypto.randomUUID(),
    inspector: { id: inspector.id, email: inspector.email },
    facilityId,
    facilityName,
    checklistVersion,
    answers: {},
    photos: [],
    note: '',
    position: null,
    startedAt: now,
    updatedAt: now,
  };
}

export async function saveDraft(draft: Draft): Promise<void> {
  const db = await auditDb();
  await db.put('drafts', { ...draft, updatedAt: new Date().toISOString() });
}

export async function discardDraft(key: string): Promise<void> {
  const db = await auditDb();
  await db.delete('drafts', key);
}

/**
 * Finishes an audit: the draft becomes an outbox entry in one transaction, so it is always in
 * exactly one of the two places.
 */
export async function finishDraft(draft: Draft, auditedAt = new Date()): Promise<OutboxEntry> {
  const entry: OutboxEntry = {
    key: draft.key,
    inspector: draft.inspector,
    facilityId: draft.facilityId,
    facilityName: draft.facilityName,
    body: {
      checklistVersion: draft.checklistVersion,
      answers: draft.answers,
      auditedAt: auditedAt.toISOString(),
      position: draft.position,
      photos: draft.photos,
      note: draft.note.trim() || null,
    },
    queuedAt: new Date().toISOString(),
    attempts: 0,
    failure: null,
  };
  const db = await auditDb();
  const tx = db.transaction(['drafts', 'outbox'], 'readwrite');
  await Promise.all([tx.objectStore('outbox').put(entry), tx.objectStore('drafts').delete(draft.key), tx.done]);
  notifyOutboxChanged('queued');
  return entry;
}
