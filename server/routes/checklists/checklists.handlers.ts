import type { Context } from 'hono';
import type { z } from 'zod';
import { checklists, currentChecklist, findChecklist } from '../../domain/checklist';
import { NotFoundError } from '../../errors';
import type { ChecklistVersionParam } from './checklists.routes';

/** The current checklist may change with a release: cache briefly. A published version never changes. */
const CURRENT_CACHE = 'public, max-age=300';
const VERSION_CACHE = 'public, max-age=31536000, immutable';

export function currentHandler() {
  return (c: Context) => {
    c.header('Cache-Control', CURRENT_CACHE);
    return c.json(currentChecklist);
  };
}

export function versionHandler() {
  return (c: Context<object, string, { out: { param: z.output<typeof ChecklistVersionParam> } }>) => {
    const { version } = c.req.valid('param');
    const checklist = findChecklist(version);
    if (!checklist) {
      throw new NotFoundError(`No checklist version "${version}"; published: ${checklists.map((x) => x.version).join(', ')}.`);
    }
    c.header('Cache-Control', VERSION_CACHE);
    return c.json(checklist);
  };
}
