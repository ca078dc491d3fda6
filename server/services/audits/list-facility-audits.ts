import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { NotFoundError } from '../../errors';
import { auditChanges, type AuditChanges } from './audit-changes';
import { auditColumns, toAuditRecord, toAuditSummary, type AuditRecord, type AuditRow } from './audit-record';

export interface FacilityAuditHistory {
  facilityId: number;
  currentAuditId: number | null;
  /** Newest first; `changes` compares each audit with the one made before it (null for the first). */
  audits: (AuditRecord & { changes: AuditChanges | null })[];
}

/** Every audit of a facility, who made it, when, its result and what changed since the one before. */
export async function listFacilityAudits(database: Database, facilityId: number): Promise<FacilityAuditHistory> {
  const [facility] = await database.rows<{ current_audit_id: number | string | null }>(
    sql`SELECT current_audit_id FROM facilities WHERE id = ${facilityId}`,
  );
  if (!facility) throw new NotFoundError(`No facility has id ${facilityId}.`);
  const rows = await database.rows<AuditRow>(sql`
    SELECT ${auditColumns} FROM audits a JOIN users u ON u.id = a.inspector_id
    WHERE a.facility_id = ${facilityId} ORDER BY a.audited_at, a.id`);
  const history = rows.map((row, i) => ({
    ...toAuditRecord(row),
    changes: i === 0 ? null : auditChanges(toAuditSummary(rows[i - 1]), toAuditSummary(row)),
  }));
  return {
    facilityId,
    currentAuditId: facility.current_audit_id === null ? null : Number(facility.current_audit_id),
    audits: history.reverse(),
  };
}
