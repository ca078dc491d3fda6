import v1 from '../../../data/checklists/v1.json';
import type { ChecklistDefinition } from './types';

export * from './types';
export * from './answers';

/** Every published checklist version, oldest first. Saved audits name the version they were made with. */
export const checklists: readonly ChecklistDefinition[] = [v1 as ChecklistDefinition];

/** The checklist new audits use. */
export const currentChecklist: ChecklistDefinition = checklists[checklists.length - 1];

/** The checklist of a version id such as "2026.1", or undefined when no such version exists. */
export function findChecklist(version: string): ChecklistDefinition | undefined {
  return checklists.find((c) => c.version === version);
}
