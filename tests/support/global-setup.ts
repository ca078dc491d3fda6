import { execFileSync } from 'node:child_process';
import { ensurePgliteTemplate } from './pglite-template';
import { browserAvailable } from './browser';

/** Once per `npm test`: the PGlite template, and the built web app when browser tests will run. */
export default async function setup() {
  await ensurePgliteTemplate();
  if (browserAvailable() && process.env.KEDERGISIZ_SKIP_BUILD !== '1') {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  }
}
