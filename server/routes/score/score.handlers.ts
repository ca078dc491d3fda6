import type { Context } from 'hono';
import type { z } from 'zod';
import { checklists, currentChecklist, findChecklist, scoreAudit, validateAnswers, type AuditAnswers } from '../../domain/scoring';
import { UnprocessableError } from '../../errors';
import type { ScoreBody } from './score.routes';

/** Scores answers with the checklist they name (the current one by default), after validating them. */
export function scoreHandler() {
  return (c: Context<object, string, { out: { json: z.output<typeof ScoreBody> } }>) => {
    const { checklistVersion, answers } = c.req.valid('json');
    const checklist = checklistVersion === undefined ? currentChecklist : findChecklist(checklistVersion);
    if (!checklist) {
      const known = checklists.map((x) => x.version).join(', ');
      throw new UnprocessableError(`Unknown checklist version "${checklistVersion}"`, [
        { path: 'checklistVersion', message: `not a published checklist version; use one of ${known}` },
      ]);
    }
    const problems = validateAnswers(checklist, answers);
    if (problems.length > 0) {
      const keys = problems.map((p) => p.key).join(', ');
      throw new UnprocessableError(`Invalid answers: ${keys}`, problems.map((p) => ({ path: p.key, message: p.message })));
    }
    return c.json(scoreAudit(checklist, answers as AuditAnswers));
  };
}
