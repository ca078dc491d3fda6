import { GROUP_IDS, type AuditAnswers, type ChecklistDefinition, type GroupId } from '../checklist';
import { adaptation } from './adapted';
import { answerReader, evaluateAudit } from './evaluate-audit';
import { groupResult } from './group-result';
import { layoutAudit } from './instances';
import { mitigationStates } from './mitigations';
import { detailString, registryCode } from './passport';
import { prepareChecklist } from './prepare';
import { meanScore } from './score';
import type { AuditResult, GroupResult } from './types';
import { zoneTable } from './zones';

/** D7/D9: the mean of the group scores, or while a group is unknown a range from best to worst. */
function facilityScore(groups: readonly GroupResult[]): Pick<AuditResult, 'score' | 'scoreRange'> {
  if (groups.every((g) => g.score !== null)) {
    const score = meanScore(groups.map((g) => g.score as number));
    return { score, scoreRange: { best: score, worst: score } };
  }
  const ends = groups.map((g) => (g.score !== null ? { best: g.score, worst: g.score } : g.range && { best: g.range.best.score, worst: g.range.worst.score }));
  if (ends.some((e) => !e || e.best === null || e.worst === null)) return { score: null, scoreRange: null };
  const valid = ends as { best: number; worst: number }[];
  return { score: null, scoreRange: { best: meanScore(valid.map((e) => e.best)), worst: meanScore(valid.map((e) => e.worst)) } };
}

/**
 * Scores one audit under rule B of the domain reference: item results → zone status per group →
 * doorstep-to-doorstep and facility-only status → passport codes → 0–100 scores → completeness →
 * "adapted". Pure and deterministic; unknown keys and invalid answers are ignored (see `validateAnswers`).
 *
 * @example
 * const result = scoreAudit(currentChecklist, { 'entrance.door_width': 0.85, ... });
 * result.registryCode // "ДЧ-И (О, С, Г, У); ДУ (К)"
 * result.groups.wheelchair.failures[0] // { item: 'entrance.door_width', value: 0.85, threshold: '≥ 0.9 m', ... }
 */
export function scoreAudit(checklist: ChecklistDefinition, answers: AuditAnswers): AuditResult {
  const prepared = prepareChecklist(checklist);
  const layout = layoutAudit(prepared, answers);
  const evaluation = evaluateAudit(prepared, layout, answers);
  const mitigations = mitigationStates(prepared, answerReader(answers));
  const table = zoneTable(layout, evaluation.tallies, mitigations, GROUP_IDS.length);
  const list = GROUP_IDS.map((_, g) => groupResult(prepared, table, evaluation, mitigations, g));
  const statuses = list.map((g) => g.status);
  const groups = Object.fromEntries(GROUP_IDS.map((id, g) => [id, list[g]])) as Record<GroupId, GroupResult>;
  const adapted = adaptation(list, evaluation.completeness.complete);
  return {
    checklistVersion: checklist.version,
    registryCode: registryCode(statuses, prepared.letters),
    detail: detailString(statuses, prepared.letters),
    facilityOnlyRegistryCode: registryCode(list.map((g) => g.facilityOnlyStatus), prepared.letters),
    ...facilityScore(list),
    adapted: adapted.full,
    adaptation: adapted,
    completeness: evaluation.completeness,
    groups,
  };
}
