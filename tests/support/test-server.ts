import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../db/client';
import { createApp } from '../../server/app';
import { readEnv } from '../../server/env';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** The real app (API + built web app from dist/) on a free local port, over a test database. */
export async function startTestServer(database: Database, env: Record<string, string> = {}): Promise<TestServer> {
  const app = createApp({ database, env: readEnv({ NODE_ENV: 'test', KEDERGISIZ_STORAGE_DIR: '.data/test-storage', ...env }) }, { webRoot: 'dist' });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
