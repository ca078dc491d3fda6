import { findChecklist, scoreAudit as score, validateAnswers, type AuditAnswers, type ChecklistDefinition } from '../../domain/scoring';
import { splitAnswerKey } from '../../domain/checklist';
import type { Problem } from '../../errors';
import { GROUPS, type Group } from '../facilities/facility-feature';

/** What the audit service stores from a scoring result: the whole result and its summary columns. */
export interface ScoredAudit {
  result: Record<string, unknown>;
  registryCode: string | null;
  score: number | null;
  completeness: number;
  adapted: boolean;
  /** Doorstep-to-doorstep status per group, as the map shows it. */
  groups: Record<Group, string>;
}

/** The checklist an audit names; older published versions stay valid for audits made with them. */
export function checklistFor(version: string): ChecklistDefinition | undefined {
  return findChecklist(version);
}

/** The scoring module's answer problems in the API's shape, each named by its answer key. */
export function answerProblems(checklist: ChecklistDefinition, answers: Record<string, unknown>): Problem[] {
  return validateAnswers(checklist, answers).map((p) => ({ path: p.key || 'answers', message: p.message }));
}

/** True when `key` (an item id, optionally with an `@instance` suffix) names an item of the checklist. */
export function isChecklistItem(checklist: ChecklistDefinition, key: string): boolean {
  const { itemId } = splitAnswerKey(key);
  return checklist.items.some((item) => item.id === itemId);
}

/** Scores with the module the tablet also runs (server/domain/scoring), by the audit's own checklist version. */
export function scoreAudit(checklist: ChecklistDefinition, answers: Record<string, unknown>): ScoredAudit {
  const result = score(checklist, answers as AuditAnswers);
  return {
    result: result as unknown as Record<string, unknown>,
    registryCode: result.registryCode,
    score: result.score,
    completeness: result.completeness.share,
    adapted: result.adapted,
    groups: Object.fromEntries(GROUPS.map((g) => [g, result.groups[g].status])) as Record<Group, string>,
  };
}
