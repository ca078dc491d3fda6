import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { NotFoundError } from '../../errors';
import { auditChanges, type AuditChanges } from './audit-changes';
import { auditColumns, toAuditRecord, toAuditSummary, type AuditRecord, type AuditRow } from './audit-record';

export type AuditDetail = AuditRecord & {
  answers: Record<string, unknown>;
  result: Record<string, unknown>;
  previousAuditId: number | null;
  changes: AuditChanges | null;
};

/** One audit in full: answers, computed result, photos, and what changed since the facility's audit before it. */
export async function getAudit(database: Database, id: number): Promise<AuditDetail> {
  const [row] = await database.rows<AuditRow & { result: Record<string, unknown> | string }>(sql`
    SELECT ${auditColumns}, a.result FROM audits a JOIN users u ON u.id = a.inspector_id WHERE a.id = ${id}`);
  if (!row) throw new NotFoundError(`No audit has id ${id}.`);
  const [previous] = await database.rows<AuditRow>(sql`
    SELECT ${auditColumns} FROM audits a JOIN users u ON u.id = a.inspector_id
    WHERE a.facility_id = ${row.facility_id}
      AND (a.audited_at, a.id) < (${new Date(row.audited_at).toISOString()}::timestamptz, ${row.id}::bigint)
    ORDER BY a.audited_at DESC, a.id DESC LIMIT 1`);
  const summary = toAuditSummary(row);
  return {
    ...toAuditRecord(row),
    answers: summary.answers,
    result: typeof row.result === 'string' ? JSON.parse(row.result) : row.result,
    previousAuditId: previous ? Number(previous.id) : null,
    changes: previous ? auditChanges(toAuditSummary(previous), summary) : null,
  };
}
