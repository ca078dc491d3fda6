import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../../../db/client';
import { audits } from '../../../db/schema/audits';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError, type Problem } from '../../errors';
import { findPhotos } from '../photos/find-photos';
import type { Account } from '../users/account';
import type { AuditSubmission, SubmittedAudit } from './audit-submission';
import { answerProblems, checklistFor, isChecklistItem, scoreAudit } from './checklist-scoring';
import type { ChecklistDefinition } from '../../domain/checklist';
import { requestDigest } from './request-digest';

/**
 * Stores an inspector's audit exactly once and makes it the facility's current verdict.
 *
 * The tablet's Idempotency-Key is the audit's identity: a retry with the same key and body gets
 * the stored reply; the same key with another body is a conflict. The audit row and the
 * facility's status columns change in one transaction; a late-arriving older audit is stored in
 * the history but does not replace a newer current verdict.
 */
export async function submitAudit(
  database: Database,
  inspector: Account,
  facilityId: number,
  idempotencyKey: string,
  submission: AuditSubmission,
): Promise<{ audit: SubmittedAudit; replayed: boolean }> {
  const facility = await facilityRegion(database, facilityId);
  if (!facility.regionKato || !inspector.regions.includes(facility.regionKato)) {
    throw new ForbiddenError(`Facility ${facilityId} is outside your regions (${inspector.regions.join(', ') || 'none'}).`);
  }
  const auditedAt = new Date(submission.auditedAt);
  const digest = requestDigest({ facilityId, inspectorId: inspector.id, ...submission, auditedAt: auditedAt.toISOString() });
  const earlier = await replay(database, idempotencyKey, digest);
  if (earlier) return { audit: earlier, replayed: true };

  const checklist = checklistFor(submission.checklistVersion);
  if (!checklist) {
    throw new UnprocessableError(`There is no checklist version "${submission.checklistVersion}".`, [
      { path: 'checklistVersion', message: 'unknown checklist version' },
    ]);
  }
  const uploaded = await findPhotos(database, submission.photos.map((p) => p.sha256));
  const problems = [...answerProblems(checklist, submission.answers), ...photoProblems(checklist, uploaded, submission.photos)];
  if (problems.length > 0) {
    const names = [...new Set(problems.map((p) => p.path))];
    throw new UnprocessableError(`The audit has invalid answers: ${names.slice(0, 10).join(', ')}${names.length > 10 ? '…' : ''}`, problems);
  }
  const scored = scoreAudit(checklist, submission.answers);

  const inserted = await database.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(audits)
      .values({
        facilityId,
        inspectorId: inspector.id,
        idempotencyKey,
        requestDigest: digest,
        checklistVersion: submission.checklistVersion,
        answers: submission.answers,
        result: scored.result,
        registryCode: scored.registryCode,
        score: scored.score,
        completeness: scored.completeness,
        adapted: scored.adapted,
        statusWheelchair: scored.groups.wheelchair,
        statusMobility: scored.groups.mobility,
        statusVision: scored.groups.vision,
        statusHearing: scored.groups.hearing,
        statusIntellectual: scored.groups.intellectual,
        position: submission.position ?? null,
        auditedAt,
        photos: submission.photos.map((p) => ({ ...p, mime: uploaded.get(p.sha256)! })),
        note: submission.note ?? null,
      })
      .onConflictDoNothing({ target: audits.idempotencyKey })
      .returning({ id: audits.id });
    if (!row) return null;
    // Row lock on the facility orders concurrent audits of it; the newest by audited_at wins.
    await tx.execute(sql`
      UPDATE facilities SET
        current_audit_id = ${row.id}, audited_at = ${auditedAt.toISOString()}, registry_code = ${scored.registryCode},
        score = ${scored.score}, adapted = ${scored.adapted},
        status_wheelchair = ${scored.groups.wheelchair}, status_mobility = ${scored.groups.mobility},
        status_vision = ${scored.groups.vision}, status_hearing = ${scored.groups.hearing},
        status_intellectual = ${scored.groups.intellectual}, updated_at = now()
      WHERE id = ${facilityId} AND (audited_at IS NULL OR audited_at <= ${auditedAt.toISOString()})`);
    return row.id;
  });
  if (inserted === null) {
    // Another request with this key committed first (a retry racing the original).
    const raced = await replay(database, idempotencyKey, digest);
    if (!raced) throw new ConflictError('This Idempotency-Key was just used for another submission.');
    return { audit: raced, replayed: true };
  }
  return { audit: { id: inserted, result: scored.result }, replayed: false };
}

async function facilityRegion(database: Database, facilityId: number): Promise<{ regionKato: string | null }> {
  const [row] = await database.rows<{ region_kato: string | null }>(sql`SELECT region_kato FROM facilities WHERE id = ${facilityId}`);
  if (!row) throw new NotFoundError(`No facility has id ${facilityId}.`);
  return { regionKato: row.region_kato };
}

/** The stored reply for a key, if the same submission was stored before; a conflict if another was. */
async function replay(database: Database, idempotencyKey: string, digest: string): Promise<SubmittedAudit | null> {
  const [row] = rowsOf<{ id: number | string; request_digest: string | null; result: Record<string, unknown> | string }>(
    await database.db.execute(sql`SELECT id, request_digest, result FROM audits WHERE idempotency_key = ${idempotencyKey}`),
  );
  if (!row) return null;
  if (row.request_digest !== digest) {
    throw new ConflictError('This Idempotency-Key was already used for a different audit; a new audit needs a new key.');
  }
  return { id: Number(row.id), result: typeof row.result === 'string' ? JSON.parse(row.result) : row.result };
}

/** Every photo must name an item of the checklist and have been uploaded first. */
function photoProblems(checklist: ChecklistDefinition, uploaded: Map<string, string>, photos: AuditSubmission['photos']): Problem[] {
  const problems: Problem[] = [];
  photos.forEach((photo, i) => {
    if (!isChecklistItem(checklist, photo.itemId)) problems.push({ path: `photos.${i}.itemId`, message: `no checklist item ${photo.itemId}` });
    if (!uploaded.has(photo.sha256)) problems.push({ path: `photos.${i}.sha256`, message: 'this photo has not been uploaded; POST it to /api/photos first' });
  });
  return problems;
}
