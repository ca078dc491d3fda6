import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { openDatabase, type Database } from '../../db/client';
import { createApp } from '../../server/app';
import { readEnv } from '../../server/env';

/**
 * The real API (no web app) over a benchmark database on a free local port, configured as in
 * production (DATABASE_URL set, so tiles learn the map version by LISTEN). The listening connection
 * lives as long as the process: benchmarks end with process.exit.
 */
export async function startBenchServer(url: string, env: Record<string, string> = {}) {
  const database: Database = await openDatabase({ url, poolSize: 4 });
  const app = createApp({ database, env: readEnv({ NODE_ENV: 'production', DATABASE_URL: url, ...env }) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    database,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}

/** Milliseconds a fetch takes to the last byte of its body, with the response. */
export async function timedFetch(url: string, init?: RequestInit): Promise<{ ms: number; status: number; bytes: number; headers: Headers }> {
  const started = performance.now();
  const res = await fetch(url, init);
  const body = await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status, bytes: body.byteLength, headers: res.headers };
}

/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
