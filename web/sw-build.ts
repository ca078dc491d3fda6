import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const source = fileURLToPath(new URL('./sw.ts', import.meta.url));

/**
 * Builds web/sw.ts to /sw.js (a fixed name at the root, so it controls the whole app) and
 * writes the list of every other built file into it, so the service worker can keep them all
 * for offline use, including views loaded later. The list's hash names the cache: a new build
 * replaces the old shell.
 */
export function serviceWorker(): Plugin {
  return {
    name: 'kedergisiz-service-worker',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: source, fileName: 'sw.js' });
    },
    generateBundle(_options, bundle) {
      const worker = bundle['sw.js'];
      if (!worker || worker.type !== 'chunk') return;
      const files = Object.keys(bundle)
        .filter((name) => name !== 'sw.js' && !name.endsWith('.map') && name !== 'index.html')
        .sort()
        .map((name) => `/${name}`);
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      worker.code = `self.__KZ_PRECACHE__ = ${JSON.stringify({ version, files })};\n${worker.code}`;
      if (worker.imports.length > 0) this.error(`web/sw.ts must not import modules (it imports ${worker.imports.join(', ')})`);
    },
  };
}
