import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';
import { search } from '../../services/search/search';
import type { SearchQuery } from './search.routes';

export function searchHandler(deps: AppDeps) {
  return async (c: Context<object, string, { out: { query: z.output<typeof SearchQuery> } }>) => {
    const { q, category, status, group, near, limit } = c.req.valid('query');
    const result = await search(deps.database, { q, categories: category, statuses: status, group, near, limit });
    c.header('Cache-Control', 'no-cache');
    return c.json(result);
  };
}
