import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../../db/client';
import { openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { readEnv } from '../../env';

/**
 * The whole app over an empty PGlite database, for the routes that read none (checklists, score):
 * the app's other routes need one to be built. Call at the top of a test file; use `.app` in tests.
 */
export function appOverEmptyDatabase(): { app: ReturnType<typeof createApp> } {
  const holder = {} as { app: ReturnType<typeof createApp> };
  let database: Database | undefined;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    holder.app = createApp({ database, env: readEnv({ NODE_ENV: 'test' }) });
  });
  afterAll(() => database?.close());
  return holder;
}
