import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { dataFile } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { demoFiles } from '../../import/demo';
import { searchKey } from '../../domain/search/search-key';
import { LETTER_SPELLINGS } from '../../domain/search/transliterate';
import { cellsAround } from './search-cells';
import { parseTextArray } from './word-variants';

/** Real names of the demo data: every facility, settlement and street name. */
function realNames(): string[] {
  const read = (path: string) => JSON.parse(readFileSync(dataFile(path), 'utf8'));
  const pois = read(demoFiles.facilities).features.map((f: any) => f.properties.name);
  const places = read(demoFiles.settlements).features.flatMap((f: any) => [f.properties.name, f.properties['name:kk'], f.properties['name:en']]);
  const streets = read(demoFiles.streets).streets.map((s: any) => s.name);
  return [...new Set<string>([...pois, ...places, ...streets].filter((n) => typeof n === 'string' && n !== ''))];
}

const LETTERS = [...Object.keys(LETTER_SPELLINGS), ...Object.keys(LETTER_SPELLINGS).map((l) => l.toUpperCase())];
const alphabet = fc.constantFrom(...LETTERS, ...'abcxyzJQKH019 №-."\'İı#'.split(''));

describe.each(databaseKinds)('kz_search_key() on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database?.close());

  const sqlKeys = async (texts: string[]) => {
    const rows = await database.rows<{ key: string }>(
      sql`SELECT kz_search_key(t) AS key FROM unnest(${`{${texts.map((t) => `"${t.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n`,
    );
    return rows.map((r) => r.key);
  };

  it('gives the same key as searchKey() for every real facility, settlement and street name', async () => {
    const names = realNames();
    expect(names.length).toBeGreaterThan(9_000);
    expect(await sqlKeys(names)).toEqual(names.map(searchKey));
  });

  it('gives the same key as searchKey() for random mixes of Cyrillic, Kazakh and Latin letters', async () => {
    const texts = fc.sample(fc.string({ unit: alphabet, maxLength: 24 }), 2_000);
    expect(await sqlKeys(texts)).toEqual(texts.map(searchKey));
  });

  it('gives a facility the words of its names, whole numbers apart, and its category, cell and known statuses', async () => {
    await database.rows(sql`
      INSERT INTO facilities (source, source_id, category, name, name_kk, geom, status_wheelchair, status_vision)
      VALUES ('test', 'words', 'school', 'Школа №29, корпус 2а', NULL, 'SRID=4326;POINT(71.43 51.13)', 'accessible', 'partial')`);
    const [row] = await database.rows<{ words: string[] | string }>(sql`SELECT search_words AS words FROM facilities WHERE source_id = 'words'`);
    expect(parseTextArray(row.words)).toEqual(['shkola', '29', 'korpus', '2', 'a', '#school', ...cellsAround([71.43, 51.13]).slice(4, 5), '#wheelchair:accessible', '#vision:partial']);
    const vocabulary = await database.rows<{ word: string }>(sql`SELECT word FROM search_vocabulary WHERE word IN ('shkola', 'korpus', '29', '#school')`);
    expect(vocabulary.map((v) => v.word).sort()).toEqual(['korpus', 'shkola']);
  });
});
