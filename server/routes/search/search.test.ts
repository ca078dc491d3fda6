import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../db/client';
import { dataFile, loadRegistry } from '../../../tests/support/demo-data';
import { databaseKinds, openTestDatabase } from '../../../tests/support/test-database';
import { createApp } from '../../app';
import { readEnv } from '../../env';
import { demoFiles } from '../../import/demo';
import { importSettlements } from '../../import/settlements';
import { importStreets } from '../../import/streets';
import { commonWords } from '../../services/search/common-words';

/** Baiterek, central Astana. */
const NEAR = '71.4304,51.1283';

describe.each(databaseKinds)('search API on %s', (kind) => {
  let database: Database;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await loadRegistry(database);
    await importSettlements(database, dataFile(demoFiles.settlements));
    await importStreets(database, dataFile(demoFiles.streets));
    // Statistics make categories common words: searches near a position then look around it first.
    await database.rows(sql`ANALYZE facilities`);
    app = createApp({ database, env: readEnv({ NODE_ENV: 'test' }) });
  });
  afterAll(() => database?.close());

  const get = async (query: string) => {
    const res = await app.request(`/api/search?${query}`);
    return { status: res.status, body: (await res.json()) as any };
  };
  const names = (body: any): string[] => body.facilities.map((f: any) => f.properties.name);

  it('knows the common words from the statistics', async () => {
    expect((await commonWords(database)).has('#school')).toBe(true);
  });

  it('finds Astana schools for "мектеп", "школа" and "school", nearest first', async () => {
    for (const q of ['мектеп', 'школа', 'school', 'Mektep', 'SHKOLA']) {
      const { status, body } = await get(`q=${encodeURIComponent(q)}&near=${NEAR}&limit=20`);
      expect(status, q).toBe(200);
      expect(body.query.categories, q).toEqual(['school']);
      expect(body.facilities, q).toHaveLength(20);
      expect(body.facilities.every((f: any) => f.properties.category === 'school' && f.properties.regionKato === '710000000'), q).toBe(true);
      const distances = body.facilities.map((f: any) => f.properties.distanceMetres);
      expect(distances, q).toEqual([...distances].sort((a, b) => a - b));
    }
  });

  it('finds "Школа №29" however its name is misspelt or transliterated', async () => {
    for (const q of ['Шкла №29', 'shkola 29', 'школа 29', 'School No. 29', 'мектеп №29']) {
      const { body } = await get(`q=${encodeURIComponent(q)}`);
      expect(names(body)[0], q).toBe('Школа №29');
    }
  });

  it('tolerates typos and another script in proper names', async () => {
    for (const q of ['Назарбаев Зияткерлик', 'Nazarbayev', 'Binom', 'Бином', 'ak zhelken', 'Ақ желкен']) {
      const { body } = await get(`q=${encodeURIComponent(q)}&near=${NEAR}`);
      expect(body.facilities.length, q).toBeGreaterThan(0);
    }
    const { body } = await get(`q=${encodeURIComponent('Назарбаев Зияткерлик мектебі')}&near=${NEAR}`);
    expect(names(body)[0]).toMatch(/Назарбаев Зияткерлік мектебі/);
  });

  it('offers streets and settlements to go to, in Cyrillic or Latin', async () => {
    for (const q of ['Кенесары', 'kenesary street']) {
      const { body } = await get(`q=${encodeURIComponent(q)}&near=${NEAR}`);
      const street = body.places.find((p: any) => p.kind === 'street');
      expect(street, q).toMatchObject({ name: 'Кенесары көшесі', city: 'Astana' });
      expect(street.bbox[0]).toBeLessThan(street.bbox[2]);
      expect(street.location[0]).toBeGreaterThanOrEqual(street.bbox[0]);
    }
    for (const q of ['Петропавл', 'Petropavl', 'Караганды']) {
      const { body } = await get(`q=${encodeURIComponent(q)}`);
      expect(body.places[0], q).toMatchObject({ kind: 'settlement' });
      expect(body.places[0].population, q).toBeGreaterThan(100_000);
    }
  });

  it('filters by category and by status for a group', async () => {
    const [row] = await database.rows<{ id: number }>(sql`
      UPDATE facilities SET status_wheelchair = 'accessible', current_audit_id = 1
      WHERE id = (SELECT id FROM facilities WHERE category = 'kindergarten' ORDER BY id LIMIT 1) RETURNING id`);
    const { body } = await get(`status=accessible&group=wheelchair&near=${NEAR}`);
    expect(body.facilities.map((f: any) => f.id)).toEqual([Number(row.id)]);
    const { body: clinics } = await get(`q=${encodeURIComponent('школа')}&category=clinic`);
    expect(clinics.facilities).toEqual([]);
    const { body: hospitals } = await get(`category=hospital&near=${NEAR}&limit=3`);
    expect(hospitals.facilities.map((f: any) => f.properties.category)).toEqual(['hospital', 'hospital', 'hospital']);
  });

  it('names the parameter of a bad request', async () => {
    for (const [query, param] of [
      ['near=71.4', 'near'],
      ['near=abc,51', 'near'],
      ['status=accessible', 'group'],
      ['status=great&group=wheelchair', 'status'],
      ['group=cyclists', 'group'],
      ['category=casino', 'category'],
      ['limit=0', 'limit'],
      [`q=${'x'.repeat(201)}`, 'q'],
    ]) {
      const { status, body } = await get(query);
      expect(status, query).toBe(400);
      expect(body.error.problems.map((p: any) => p.path), query).toContain(param);
    }
  });

  it('answers hostile or empty queries without error', async () => {
    for (const q of ["'; DROP TABLE facilities; --", '<script>alert(1)</script>', '%_\\', '   ', '№']) {
      const { status, body } = await get(`q=${encodeURIComponent(q)}`);
      expect(status, q).toBe(200);
      expect(Array.isArray(body.facilities)).toBe(true);
    }
  });
});
