import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const webRoot = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Imports of maplibre-gl that put code in a bundle: everything except `import type`. */
const RUNTIME_IMPORT = /(?:^|\n)\s*import\s+(?!type\b)[^;]*?from\s+['"]maplibre-gl[^'"]*['"]|import\(\s*['"]maplibre-gl/g;

describe('the map library boundary', () => {
  it('is loaded by kz-map.ts alone, and only lazily, so the JavaScript before the map stays small', () => {
    const importers = sourceFiles(webRoot)
      .filter((file) => readFileSync(file, 'utf8').match(RUNTIME_IMPORT))
      .map((file) => relative(webRoot, file));
    expect(importers).toEqual(['features/map/kz-map.ts']);
    const mapSource = readFileSync(join(webRoot, 'features/map/kz-map.ts'), 'utf8');
    const staticImports = mapSource.match(/(?:^|\n)\s*import\s+(?!type\b)[^;(]*?from\s+['"]maplibre-gl/g) ?? [];
    expect(staticImports).toEqual([]);
  });
});
