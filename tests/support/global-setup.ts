import { execFileSync } from 'node:child_process';
import { ensurePgliteTemplate } from './pglite-template';
import { browserAvailable } from './browser';

/** Once per `npm test`: the PGlite template, and the built web app when browser tests will run. */
export default async function setup() {
  await ensurePgliteTemplate();
  if (browserAvailable() && process.env.KEDERGISIZ_SKIP_BUILD !== '1') {
    // A production build, as users get it (vitest sets NODE_ENV=test, which would bundle Lit's dev mode).
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  }
}
