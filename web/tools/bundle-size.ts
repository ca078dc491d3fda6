/**
 * How much JavaScript a visitor downloads before the map library, and how much the map adds.
 * Builds the app for production with a manifest into a temporary folder and sums gzip sizes:
 * "before the map" is the page's entry chunk (index.html) with everything it imports statically,
 * plus its CSS; everything reached only through import() is loaded later.
 *
 *   npx tsx web/tools/bundle-size.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const outDir = mkdtempSync(join(tmpdir(), 'kz-bundle-'));
try {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--manifest', '--logLevel', 'error'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const manifest: Record<string, ManifestEntry> = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const gzip = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

  const eager = new Set<string>();
  const visit = (key: string) => {
    if (eager.has(key)) return;
    eager.add(key);
    manifest[key].imports?.forEach(visit);
  };
  visit('index.html');

  const rows: [string, string, number][] = [];
  for (const key of eager) {
    rows.push(['before the map', manifest[key].file, gzip(manifest[key].file)]);
    for (const css of manifest[key].css ?? []) rows.push(['before the map', css, gzip(css)]);
  }
  for (const [key, entry] of Object.entries(manifest)) {
    // Other entries (the service worker) are fetched by the browser on their own, not by the page.
    const phase = entry.isEntry ? 'other entry' : 'loaded later';
    if (!eager.has(key) && /\.(m?js)$/.test(entry.file)) rows.push([phase, entry.file, gzip(entry.file)]);
  }
  for (const [phase, file, bytes] of rows) console.log(`${phase.padEnd(15)} ${kb(bytes).padStart(10)}  ${file}`);
  const total = (phase: string, match = /\.js$/) => rows.filter(([p, f]) => p === phase && match.test(f)).reduce((sum, [, , b]) => sum + b, 0);
  console.log(`\nJavaScript before the map: ${kb(total('before the map'))} gzipped (CSS ${kb(total('before the map', /\.css$/))})`);
  console.log(`Loaded later (map library, its CSS, its worker, lazy views): ${kb(total('loaded later', /\.m?js$/))} gzipped`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
