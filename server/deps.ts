import type { Database } from '../db/client';
import type { Env } from './env';

/** What the routes need from the process: the open database and the configuration. */
export interface AppDeps {
  database: Database;
  env: Env;
}
