import type { AuditResult, Failure, GroupId } from '../../../server/domain/scoring';

/** What the form shows under one question: passes, fails (and how badly, for whom), or not yet answered. */
export type ItemVerdict =
  | { kind: 'unanswered' }
  | { kind: 'na' }
  | { kind: 'pass' }
  /** Answered, but not enough to judge yet (a slope without the rise of its run). */
  | { kind: 'undecided' }
  | { kind: 'fail'; severity: 'minor' | 'critical'; groups: GroupId[]; failure: Failure };

/**
 * The verdict of one answer, read from the scoring result (the same module the server uses),
 * never re-judged here.
 */
export function itemVerdict(result: AuditResult, key: string, answer: unknown): ItemVerdict {
  if (answer === undefined || answer === null) return { kind: 'unanswered' };
  if (answer === 'na') return { kind: 'na' };
  const groups: GroupId[] = [];
  let worst: Failure | undefined;
  for (const [group, groupResult] of Object.entries(result.groups) as [GroupId, AuditResult['groups'][GroupId]][]) {
    const failure = groupResult.failures.find((f) => f.key === key);
    if (!failure) continue;
    groups.push(group);
    if (!worst || (failure.severity === 'critical' && worst.severity !== 'critical')) worst = failure;
  }
  if (worst) return { kind: 'fail', severity: worst.severity, groups, failure: worst };
  const undecided = Object.values(result.groups).some((g) => g.unknowns.some((u) => u.key === key));
  return undecided ? { kind: 'undecided' } : { kind: 'pass' };
}
