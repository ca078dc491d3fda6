import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { NotFoundError, UnprocessableError } from '../../errors';
import { recordPhotoSql, type CheckedPhoto } from '../photos/store-photo';
import { writePhotoFile } from '../photos/photo-storage';
import { reportColumns, toReport, type ReportRecord, type ReportRow } from './report-record';

export interface NewReport {
  what: string;
  zone: string;
  element?: string;
  description: string;
  /** SHA-256 of a photo uploaded before. */
  photo?: string;
}

/** A photo sent with the report itself (a resident's), and where photo files are kept. */
export interface AttachedPhoto {
  photo: CheckedPhoto;
  storageDir: string;
}

/**
 * Stores a resident's report in the inspectors' queue as plain text. The facility must exist and a
 * photo named by hash must have been uploaded; otherwise nothing is stored. An attached photo is
 * written to disk first and then recorded in the same statement as the report, so a report never
 * refers to a missing photo and a refused report records no photo (docs/adr/0805).
 */
export async function createReport(database: Database, facilityId: number, report: NewReport, attached?: AttachedPhoto): Promise<ReportRecord> {
  const [facility] = await database.rows<{ id: number }>(sql`SELECT id FROM facilities WHERE id = ${facilityId}`);
  if (!facility) throw new NotFoundError(`No facility has id ${facilityId}.`);
  if (report.photo) {
    const [photo] = await database.rows(sql`SELECT sha256 FROM photos WHERE sha256 = ${report.photo}`);
    if (!photo) {
      throw new UnprocessableError('The photo was not uploaded.', [{ path: 'photo', message: `no uploaded photo has SHA-256 ${report.photo}` }]);
    }
  }
  if (attached) await writePhotoFile(attached.storageDir, attached.photo.sha256, attached.photo.content);
  const recordPhoto = attached ? sql`, recorded AS (${recordPhotoSql(attached.photo, null)})` : sql``;
  const [row] = await database.rows<ReportRow>(sql`
    WITH stored AS (
      INSERT INTO reports (facility_id, what, zone, element, description, photo_sha256)
      VALUES (${facilityId}, ${report.what}, ${report.zone}, ${report.element || null}, ${report.description}, ${attached?.photo.sha256 ?? report.photo ?? null})
      RETURNING *
    )${recordPhoto}
    SELECT ${sql.raw(reportColumns)} FROM stored r JOIN facilities f ON f.id = r.facility_id`);
  return toReport(row);
}
