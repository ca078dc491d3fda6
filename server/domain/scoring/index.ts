/**
 * Doorstep-to-doorstep scoring of accessibility audits (issue 3; domain reference, rule B).
 * Pure TypeScript: runs on the server, in the tablet's offline preview and in re-scoring jobs.
 *
 * @example
 * import { currentChecklist, scoreAudit, validateAnswers } from 'server/domain/scoring';
 * const problems = validateAnswers(currentChecklist, answers); // [] when the answers are valid
 * const result = scoreAudit(currentChecklist, answers);
 * result.groups.wheelchair.status // 'conditional'
 */
export { scoreAudit } from './score-audit';
export { validateAnswers, type AnswerProblem } from './validate';
export { auditStillCounts } from './adapted';
export { detailString, passportLevel, registryCode, serviceForm, UNDETERMINED } from './passport';
export type * from './types';
export {
  checklists,
  currentChecklist,
  findChecklist,
  GROUP_IDS,
  ZONE_IDS,
  type AnswerValue,
  type AuditAnswers,
  type ChecklistDefinition,
  type GroupId,
  type ZoneId,
} from '../checklist';
