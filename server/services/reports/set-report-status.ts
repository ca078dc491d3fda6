import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import type { ReportStatus } from '../../../db/schema/reports';
import { ForbiddenError, NotFoundError } from '../../errors';
import type { Account } from '../users/account';
import { visibleRegions } from './list-reports';
import { reportColumns, toReport, type ReportRecord, type ReportRow } from './report-record';

export interface StatusChange {
  status: ReportStatus;
  note?: string;
}

/**
 * Moves a report through the queue (seen, resolved, rejected, or back to new) and records who did it,
 * when and why. Inspectors may change only the reports of their regions' facilities; officials and
 * admins any report, as they see every report in the queue.
 */
export async function setReportStatus(database: Database, account: Account, reportId: number, change: StatusChange): Promise<ReportRecord> {
  const [report] = await database.rows<{ region_kato: string | null }>(
    sql`SELECT f.region_kato FROM reports r JOIN facilities f ON f.id = r.facility_id WHERE r.id = ${reportId}`,
  );
  if (!report) throw new NotFoundError(`No report has id ${reportId}.`);
  const regions = visibleRegions(account);
  if (regions && !(report.region_kato && regions.includes(report.region_kato))) {
    throw new ForbiddenError(`Report ${reportId} is about a facility outside your regions (${regions.join(', ') || 'none'}).`);
  }
  const [row] = await database.rows<ReportRow>(sql`
    WITH changed AS (
      UPDATE reports SET status = ${change.status}, status_changed_by = ${account.id}, status_changed_at = now(), status_note = ${change.note || null}
      WHERE id = ${reportId} RETURNING *
    )
    SELECT ${sql.raw(reportColumns)} FROM changed r JOIN facilities f ON f.id = r.facility_id`);
  return toReport(row);
}
