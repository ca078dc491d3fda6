import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { NotFoundError, UnprocessableError } from '../../errors';
import { reportColumns, toReport, type ReportRecord, type ReportRow } from './report-record';

export interface NewReport {
  what: string;
  zone: string;
  element?: string;
  description: string;
  photo?: string;
}

/**
 * Stores a resident's report in the inspectors' queue as plain text. The facility must exist
 * and an attached photo must have been uploaded; otherwise nothing is stored.
 */
export async function createReport(database: Database, facilityId: number, report: NewReport): Promise<ReportRecord> {
  const [facility] = await database.rows<{ id: number }>(sql`SELECT id FROM facilities WHERE id = ${facilityId}`);
  if (!facility) throw new NotFoundError(`No facility has id ${facilityId}.`);
  if (report.photo) {
    const [photo] = await database.rows(sql`SELECT sha256 FROM photos WHERE sha256 = ${report.photo}`);
    if (!photo) {
      throw new UnprocessableError('The photo was not uploaded.', [{ path: 'photo', message: `no uploaded photo has SHA-256 ${report.photo}` }]);
    }
  }
  const [row] = await database.rows<ReportRow>(sql`
    WITH stored AS (
      INSERT INTO reports (facility_id, what, zone, element, description, photo_sha256)
      VALUES (${facilityId}, ${report.what}, ${report.zone}, ${report.element || null}, ${report.description}, ${report.photo ?? null})
      RETURNING *
    )
    SELECT ${sql.raw(reportColumns)} FROM stored r JOIN facilities f ON f.id = r.facility_id`);
  return toReport(row);
}
