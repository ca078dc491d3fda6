import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** A photo the tablet took, kept until the server has it. */
export interface LocalPhoto {
  sha256: string;
  mime: string;
  blob: Blob;
  /** True once POST /api/photos answered for these bytes. */
  uploaded: boolean;
}

/** A photo attached to one checklist item. */
export interface PhotoRef {
  itemId: string;
  sha256: string;
}

/** Who made an audit on this tablet: it is sent only under their own session. */
export interface Author {
  id: number;
  email: string;
}

/** An audit in progress; saved on every change so closing the tab loses nothing. */
export interface Draft {
  /** The Idempotency-Key, made when the audit starts; it stays with the audit until the server has it. */
  key: string;
  inspector: Author;
  facilityId: number;
  facilityName: string;
  checklistVersion: string;
  answers: Record<string, unknown>;
  photos: PhotoRef[];
  note: string;
  position: [number, number] | null;
  startedAt: string;
  updatedAt: string;
}

/** A finished audit waiting to be sent. `failure` is set when the server refused it (kept, never dropped). */
export interface OutboxEntry {
  key: string;
  inspector: Author;
  facilityId: number;
  facilityName: string;
  body: {
    checklistVersion: string;
    answers: Record<string, unknown>;
    auditedAt: string;
    position: [number, number] | null;
    photos: PhotoRef[];
    note: string | null;
  };
  queuedAt: string;
  attempts: number;
  failure: { status: number; message: string } | null;
}

/** The receipt of a sent audit, so the tablet can show what arrived. */
export interface SentAudit {
  key: string;
  facilityId: number;
  facilityName: string;
  auditId: number;
  sentAt: string;
}

interface AuditDb extends DBSchema {
  drafts: { key: string; value: Draft; indexes: { byFacility: number } };
  outbox: { key: string; value: OutboxEntry };
  sent: { key: string; value: SentAudit };
  photos: { key: string; value: LocalPhoto };
}

export type AuditDatabase = IDBPDatabase<AuditDb>;

let opened: Promise<AuditDatabase> | undefined;

/** The tablet's own database of drafts, outbox, receipts and photos (IndexedDB survives reloads and going offline). */
export function auditDb(): Promise<AuditDatabase> {
  opened ??= openDB<AuditDb>('kedergisiz-audits', 1, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'key' }).createIndex('byFacility', 'facilityId');
      db.createObjectStore('outbox', { keyPath: 'key' });
      db.createObjectStore('sent', { keyPath: 'key' });
      db.createObjectStore('photos', { keyPath: 'sha256' });
    },
  });
  return opened;
}
