import { GROUP_IDS, type AuditAnswers, type ChecklistDefinition, type GroupId } from '../checklist';
import { adaptation } from './adapted';
import { AnswerSheet } from './answer-sheet';
import { evaluateAudit } from './evaluate-audit';
import { groupResult } from './group-result';
import { layoutAudit } from './instances';
import { mitigationStates } from './mitigations';
import { osmTags } from './osm-tags';
import { detailString, registryCode } from './passport';
import { prepareChecklist } from './prepare';
import { meanScore } from './score';
import type { AuditResult, GroupResult, Status } from './types';
import { zoneTable } from './zones';

/** D7/D9: the mean of the group scores, or while a group is unknown a range from best to worst. */
function facilityScore(groups: readonly GroupResult[]): Pick<AuditResult, 'score' | 'scoreRange'> {
  const best: number[] = [];
  const worst: number[] = [];
  let known = true;
  for (const g of groups) {
    if (g.score !== null) {
      best.push(g.score);
      worst.push(g.score);
      continue;
    }
    known = false;
    if (g.range?.best.score == null || g.range.worst.score === null) return { score: null, scoreRange: null };
    best.push(g.range.best.score);
    worst.push(g.range.worst.score);
  }
  const range = { best: meanScore(best), worst: meanScore(worst) };
  return { score: known ? range.best : null, scoreRange: range };
}

/**
 * Scores one audit under rule B of the domain reference: item results → zone status per group →
 * doorstep-to-doorstep and facility-only status → passport codes → 0–100 scores → completeness →
 * "adapted" → OSM tags. Pure and deterministic; unknown keys and invalid answers are ignored (see `validateAnswers`).
 *
 * @example
 * const result = scoreAudit(currentChecklist, { 'entrance.door_width': 0.85, ... });
 * result.registryCode // "ДЧ-И (О, С, Г, У); ДУ (К)"
 * result.groups.wheelchair.failures[0] // { item: 'entrance.door_width', value: 0.85, threshold: '≥ 0.9 m', ... }
 */
export function scoreAudit(checklist: ChecklistDefinition, answers: AuditAnswers): AuditResult {
  const prepared = prepareChecklist(checklist);
  const sheet = new AnswerSheet(answers);
  const layout = layoutAudit(prepared, sheet);
  const evaluation = evaluateAudit(layout, sheet);
  const mitigations = mitigationStates(prepared, layout, sheet);
  const table = zoneTable(layout, evaluation.tallies, mitigations, GROUP_IDS.length);
  const groups = {} as Record<GroupId, GroupResult>;
  const list: GroupResult[] = [];
  const statuses: Status[] = [];
  const facilityStatuses: Status[] = [];
  for (let g = 0; g < GROUP_IDS.length; g++) {
    const result = groupResult(prepared, table, evaluation, mitigations, g);
    groups[GROUP_IDS[g]] = result;
    list.push(result);
    statuses.push(result.status);
    facilityStatuses.push(result.facilityOnlyStatus);
  }
  const adapted = adaptation(list, evaluation.completeness.complete);
  return {
    checklistVersion: checklist.version,
    registryCode: registryCode(statuses, prepared.letters),
    detail: detailString(statuses, prepared.letters),
    facilityOnlyRegistryCode: registryCode(facilityStatuses, prepared.letters),
    ...facilityScore(list),
    adapted: adapted.full,
    adaptation: adapted,
    completeness: evaluation.completeness,
    osm: osmTags(layout, sheet, evaluation, groups.wheelchair.status),
    groups,
  };
}
