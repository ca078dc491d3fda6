import { GROUPS, type Group } from '../facilities/facility-feature';
import { canonicalJson } from './request-digest';

/** The parts of an audit the history compares. */
export interface AuditSummary {
  registryCode: string | null;
  score: number | null;
  adapted: boolean;
  groups: Record<Group, string>;
  answers: Record<string, unknown>;
}

export interface Change<T> {
  from: T;
  to: T;
}

/** What changed from one audit of a facility to the next; null for the first audit. */
export interface AuditChanges {
  registryCode?: Change<string | null>;
  score?: Change<number | null>;
  adapted?: Change<boolean>;
  groups: Partial<Record<Group, Change<string>>>;
  /** Items whose answer changed, appeared or was dropped, by item id. */
  answers: { itemId: string; from: unknown; to: unknown }[];
}

/**
 * Compares two audits of the same facility.
 * @example auditChanges(first, second).groups.wheelchair // {from: 'inaccessible', to: 'partial'}
 */
export function auditChanges(previous: AuditSummary, current: AuditSummary): AuditChanges {
  const changes: AuditChanges = { groups: {}, answers: [] };
  if (previous.registryCode !== current.registryCode) changes.registryCode = { from: previous.registryCode, to: current.registryCode };
  if (previous.score !== current.score) changes.score = { from: previous.score, to: current.score };
  if (previous.adapted !== current.adapted) changes.adapted = { from: previous.adapted, to: current.adapted };
  for (const group of GROUPS) {
    if (previous.groups[group] !== current.groups[group]) changes.groups[group] = { from: previous.groups[group], to: current.groups[group] };
  }
  const itemIds = [...new Set([...Object.keys(previous.answers), ...Object.keys(current.answers)])].sort();
  for (const itemId of itemIds) {
    const from = previous.answers[itemId] ?? null;
    const to = current.answers[itemId] ?? null;
    if (canonicalJson(from) !== canonicalJson(to)) changes.answers.push({ itemId, from, to });
  }
  return changes;
}
