import { sql } from 'drizzle-orm';
import { jsonColumn } from '../../../db/client';
import { GROUPS, type Group } from '../facilities/facility-feature';
import type { AuditSummary } from './audit-changes';

/** One stored audit as the history shows it. */
export interface AuditRecord {
  id: number;
  facilityId: number;
  checklistVersion: string;
  auditedAt: string;
  receivedAt: string;
  inspector: { id: number; email: string; displayName: string | null };
  registryCode: string | null;
  score: number | null;
  completeness: number;
  adapted: boolean;
  groups: Record<Group, string>;
  position: [number, number] | null;
  photos: { itemId: string; sha256: string; mime: string }[];
  note: string | null;
}

export interface AuditRow {
  id: number | string;
  facility_id: number | string;
  checklist_version: string;
  audited_at: Date | string;
  received_at: Date | string;
  inspector_id: number | string;
  inspector_email: string;
  inspector_name: string | null;
  registry_code: string | null;
  score: number | null;
  completeness: number;
  adapted: boolean;
  status_wheelchair: string;
  status_mobility: string;
  status_vision: string;
  status_hearing: string;
  status_intellectual: string;
  lon: number | null;
  lat: number | null;
  photos: AuditRecord['photos'] | string;
  note: string | null;
  answers: Record<string, unknown> | string;
}

/** The columns `toAuditRecord` reads, over `audits a JOIN users u ON u.id = a.inspector_id`. */
export const auditColumns = sql`
  a.id, a.facility_id, a.checklist_version, a.audited_at, a.received_at, a.inspector_id,
  u.email AS inspector_email, u.display_name AS inspector_name, a.registry_code, a.score, a.completeness,
  a.adapted, a.status_wheelchair, a.status_mobility, a.status_vision, a.status_hearing, a.status_intellectual,
  ST_X(a.position) AS lon, ST_Y(a.position) AS lat, a.photos, a.note, a.answers`;

export function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    id: Number(row.id),
    facilityId: Number(row.facility_id),
    checklistVersion: row.checklist_version,
    auditedAt: new Date(row.audited_at).toISOString(),
    receivedAt: new Date(row.received_at).toISOString(),
    inspector: { id: Number(row.inspector_id), email: row.inspector_email, displayName: row.inspector_name },
    registryCode: row.registry_code,
    score: row.score,
    completeness: Number(row.completeness),
    adapted: row.adapted,
    groups: Object.fromEntries(GROUPS.map((g) => [g, row[`status_${g}`]])) as Record<Group, string>,
    position: row.lon === null || row.lat === null ? null : [Number(row.lon), Number(row.lat)],
    photos: jsonColumn(row.photos),
    note: row.note,
  };
}

export function toAuditSummary(row: AuditRow): AuditSummary {
  const record = toAuditRecord(row);
  return { registryCode: record.registryCode, score: record.score, adapted: record.adapted, groups: record.groups, answers: jsonColumn(row.answers) };
}
