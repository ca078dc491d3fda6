import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * server/domain is pure: the tablet runs it offline and re-scoring runs it in bulk. Its code may import
 * only other server/domain files and the project's own JSON data under data/ (checklists, categories);
 * no node:*, Hono, drizzle, postgres, DOM or any package. Tests may also import vitest and fast-check.
 * This file is the only one allowed node:* (it reads the sources).
 */
const DOMAIN = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(DOMAIN, '../..');
const DATA = join(ROOT, 'data') + sep;
const TEST_PACKAGES = ['vitest', 'fast-check'];
const HOST_GLOBALS = /\b(window|document|navigator|localStorage|sessionStorage|customElements|HTMLElement|process|Buffer|require|__dirname|__filename)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Source without comments and without the contents of string literals other than module specifiers. */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function importsOf(source: string): string[] {
  const code = stripComments(source);
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...code.matchAll(p)].map((m) => m[1]));
}

function violation(file: string, specifier: string): string | null {
  const isTest = /\.test\.[a-z]+$/.test(file);
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(file), specifier);
    if (target.startsWith(DOMAIN + sep)) return null;
    if (target.startsWith(DATA) && target.endsWith('.json')) return null;
    return `imports ${specifier}, outside server/domain`;
  }
  if (isTest && TEST_PACKAGES.includes(specifier)) return null;
  return `imports the module ${specifier}`;
}

describe('server/domain boundary', () => {
  const files = sourceFiles(DOMAIN).filter((f) => f !== fileURLToPath(import.meta.url));

  it('finds the domain sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith(join('scoring', 'score-audit.ts')))).toBe(true);
  });

  it('imports nothing outside server/domain except JSON data', () => {
    const problems = files.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8')).flatMap((spec) => {
        const why = violation(file, spec);
        return why ? [`${relative(ROOT, file)} ${why}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('uses no host globals (DOM, Node)', () => {
    const problems = files
      .filter((f) => !/\.test\.[a-z]+$/.test(f))
      .flatMap((file) => {
        const match = stripComments(readFileSync(file, 'utf8')).match(HOST_GLOBALS);
        return match ? [`${relative(ROOT, file)} uses ${match[1]}`] : [];
      });
    expect(problems).toEqual([]);
  });

  it('recognises the imports it must reject', () => {
    const source = `import { Hono } from 'hono';\nimport 'node:fs';\nconst x = import('drizzle-orm');\nexport * from '../../server/db';`;
    const file = join(DOMAIN, 'scoring', 'x.ts');
    expect(importsOf(source).map((s) => violation(file, s)).sort()).toEqual([
      'imports ../../server/db, outside server/domain',
      'imports the module drizzle-orm',
      'imports the module hono',
      'imports the module node:fs',
    ]);
    expect(violation(file, '../../../data/checklists/v1.json')).toBeNull();
    expect(violation(file, '../checklist')).toBeNull();
  });
});
