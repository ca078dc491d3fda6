import { serve } from '@hono/node-server';
import { existsSync } from 'node:fs';
import { openDatabase } from '../db/client';
import { createApp } from './app';
import { readEnv } from './env';
import { importDemoIfEmpty } from './import/demo';

/** Starts the server: database (embedded unless DATABASE_URL), demo data on first start, HTTP. */
async function main() {
  const started = Date.now();
  const env = readEnv();
  const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.KEDERGISIZ_DB_DIR });
  console.log(`database: ${database.kind === 'postgres' ? 'PostgreSQL' : `embedded PGlite in ${env.KEDERGISIZ_DB_DIR}`}`);
  if (env.KEDERGISIZ_DATA_DIR !== 'none') await importDemoIfEmpty(database, env.KEDERGISIZ_DATA_DIR);

  const webRoot = existsSync('dist/index.html') ? 'dist' : undefined;
  if (!webRoot) console.warn('dist/ has no built web app: run "npm run build" (npm start does it).');
  const app = createApp({ database, env }, { webRoot });
  const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => {
    console.log(`Kedergisiz is ready on http://localhost:${env.PORT} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  });

  const stop = async () => {
    server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();
