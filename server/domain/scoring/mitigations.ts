import type { Mitigation } from '../checklist';
import type { AnswerSheet } from './answer-sheet';
import type { AuditLayout } from './instances';
import { BEST, MIT_NO, MIT_UNANSWERED, MIT_YES, type MitigationState, type Scenario } from './outcome';
import type { PreparedChecklist } from './prepare';

export type MitigationStates = Record<Mitigation, MitigationState>;
const MITIGATIONS: readonly Mitigation[] = ['dropoff', 'callButton', 'escort', 'remote', 'variantB'];

/** The ⚑ answers of the audit: only an explicit "yes" grants a mitigation. */
export function mitigationStates(prepared: PreparedChecklist, layout: AuditLayout, sheet: AnswerSheet): MitigationStates {
  const states = {} as MitigationStates;
  for (const m of MITIGATIONS) {
    const item = prepared.mitigations[m];
    const unit = item ? layout.index.get(item.def.id) : undefined;
    const answer = unit === undefined ? { kind: 'na' as const } : sheet.read(unit);
    states[m] = answer.kind === 'unanswered' ? MIT_UNANSWERED : answer.kind === 'answer' && answer.fields.value === 'yes' ? MIT_YES : MIT_NO;
  }
  return states;
}

/** Whether a mitigation holds in a scenario: an unanswered one holds in the best case only. */
export function granted(state: MitigationState, scenario: Scenario): boolean {
  return state === MIT_YES || (state === MIT_UNANSWERED && scenario === BEST);
}
