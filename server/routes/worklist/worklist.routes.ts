import { z } from 'zod';
import { NearParam } from '../search/search.routes';

export const WorkListQuery = z.object({
  near: NearParam.optional(),
  limit: z.coerce.number().int().min(1).max(2000).default(200),
});
