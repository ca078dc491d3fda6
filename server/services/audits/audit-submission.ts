/** One audit as the tablet sends it (`POST /api/facilities/:id/audits`). */
export interface AuditSubmission {
  checklistVersion: string;
  /** Item id → answer, in the answer format of the checklist (server/domain/checklist). */
  answers: Record<string, unknown>;
  /** ISO time the inspector finished the audit on the tablet. */
  auditedAt: string;
  /** Where the tablet was, `[lon, lat]`, if it shared its position. */
  position?: [number, number] | null;
  photos: { itemId: string; sha256: string }[];
  note?: string | null;
}

/** The reply to a submission; a retry with the same Idempotency-Key gets the same one. */
export interface SubmittedAudit {
  id: number;
  result: Record<string, unknown>;
}
