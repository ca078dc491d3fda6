import { sql } from 'drizzle-orm';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../db/client';
import { currentChecklist } from '../../server/domain/checklist';
import { pharmacy, polyclinic, variant } from '../../server/domain/scoring/test-audits';
import { demoFiles } from '../../server/import/demo';
import { importSettlements } from '../../server/import/settlements';
import { importStreets } from '../../server/import/streets';
import { submitAudit } from '../../server/services/audits/submit-audit';
import { storePhoto } from '../../server/services/photos/store-photo';
import { createUser } from '../../server/services/users/create-user';
import { launchBrowser } from '../support/browser';
import { dataFile, loadRegistry } from '../support/demo-data';
import { openTestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

export const STORAGE_DIR = '.data/test-storage';

/** The audited facilities the resident tests look at, by what their audit says. */
export interface AuditedFacilities {
  /** Everything passes except a 75 cm entrance door; with a photo of the door. */
  narrowDoor: { id: number; name: string };
  /** Every applicable item passes. */
  accessible: { id: number; name: string };
  /** A small pharmacy with a step and no ramp (the checklist's worked example 3). */
  stepped: { id: number; name: string };
  /** Audited four years ago: stale. */
  stale: { id: number; name: string };
}

/**
 * The Astana registry with streets and settlements (as a first start imports them) and four schools
 * near the city centre audited by an inspector, for the resident-side browser tests.
 */
export async function seedResidentData(database: Database): Promise<AuditedFacilities> {
  await loadRegistry(database);
  await importStreets(database, dataFile(demoFiles.streets));
  await importSettlements(database, dataFile(demoFiles.settlements));
  const inspector = await createUser(database, { ...INSPECTOR, role: 'inspector', regions: ['710000000'] });
  await createUser(database, { ...OFFICIAL, role: 'official', regions: [] });
  const schools = await database.rows<{ id: number | string; name: string }>(sql`
    SELECT id, name FROM facilities
    WHERE category = 'school' AND name IS NOT NULL AND region_kato = '710000000'
    ORDER BY geom <-> ST_SetSRID(ST_MakePoint(71.43, 51.13), 4326), id LIMIT 4`);
  const [narrowDoor, accessible, stepped, stale] = schools.map((s) => ({ id: Number(s.id), name: s.name }));
  const photo = await storePhoto(database, STORAGE_DIR, new Uint8Array(readFileSync('server/services/photos/fixtures/door.jpg')), inspector.id);
  const audit = async (facilityId: number, answers: object, auditedAt: Date, photos: { itemId: string; sha256: string }[] = []) =>
    submitAudit(database, inspector, facilityId, crypto.randomUUID(), {
      checklistVersion: currentChecklist.version, answers: answers as Record<string, unknown>, auditedAt: auditedAt.toISOString(), photos, position: null, note: null,
    });
  const now = new Date();
  await audit(narrowDoor.id, variant(polyclinic, [], { 'entrance.door_width': 0.75 }), now, [{ itemId: 'entrance.door_width', sha256: photo.sha256 }]);
  await audit(accessible.id, polyclinic, now);
  await audit(stepped.id, pharmacy, now);
  await audit(stale.id, polyclinic, new Date(now.getTime() - 4 * 365.25 * 86_400_000));
  return { narrowDoor, accessible, stepped, stale };
}

/** The element that has the keyboard focus, looking inside shadow roots. */
export function focusedElement(page: Page): Promise<{ tag: string; text: string; id: string | null; role: string | null }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent?.trim() ?? '', id: el?.getAttribute('id') ?? el?.getAttribute('data-id') ?? null, role: el?.getAttribute('role') ?? null };
  });
}

/** A page in `locale` with the app's language chosen by the browser, as a first visit. */
export async function newPage(browser: Browser, locale = 'en-GB', viewport = { width: 1280, height: 860 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale });
  return context.newPage();
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's violations of WCAG 2.0–2.2 A and AA and best practices on the whole page (open shadow
 * roots included), as "rule: target" lines; it also checks that the rules had content to check.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const run = await (window as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run();
    return { checked: run.passes.length, violations: run.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`) };
  });
  if (result.checked < 10) throw new Error(`axe checked only ${result.checked} rules: is the page empty?`);
  return result.violations;
}

interface AxeResult {
  passes: unknown[];
  violations: { id: string; nodes: { target: unknown }[] }[];
}

/** A browser context in `lang` (as if chosen earlier), optionally signed in. */
export async function openContext(browser: Browser, url: string, lang: string, account?: { email: string; password: string }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.addInitScript((locale) => localStorage.setItem('kedergisiz.locale', locale), lang);
  if (account) {
    const res = await context.request.post(`${url}/api/session`, { data: account, headers: { Origin: url } });
    if (res.status() !== 200) throw new Error(`sign-in of ${account.email} failed with ${res.status()}`);
  }
  return context;
}

/** A resident's report with a photo, sent as the report form sends it (multipart, ADR 0805). */
export async function sendReportWithPhoto(url: string, facilityId: number, description: string): Promise<number> {
  const form = new FormData();
  for (const [name, value] of Object.entries({ what: 'ramp', zone: 'entrance', element: 'side entrance', description, website: '', filledInMs: '45000' })) form.set(name, value);
  form.set('photo', new Blob([readFileSync('server/services/photos/fixtures/door.jpg')], { type: 'image/jpeg' }), 'door.jpg');
  const res = await fetch(`${url}/api/facilities/${facilityId}/reports`, { method: 'POST', body: form });
  if (res.status !== 201) throw new Error(`the report was refused with ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { id: number }).id;
}

export const INSPECTOR = { email: 'resident-tests@example.kz', password: 'a long enough password' };
export const OFFICIAL = { email: 'resident-official@example.kz', password: 'a long enough password' };

/** What a resident browser test stands on: the seeded database, the real server, Chromium. */
export interface ResidentWorld {
  database: Database;
  server: TestServer;
  browser: Browser;
  audited: AuditedFacilities;
  close(): Promise<void>;
}

/** Registers the suite's set-up and tear-down; the returned object is filled before the first test. */
export function residentWorld(): ResidentWorld {
  const world = {} as ResidentWorld;
  beforeAll(async () => void Object.assign(world, await startResidentWorld()), 240_000);
  afterAll(() => world.close?.());
  return world;
}

async function startResidentWorld(): Promise<ResidentWorld> {
  const database = await openTestDatabase('pglite');
  const audited = await seedResidentData(database);
  const server = await startTestServer(database, { KEDERGISIZ_STORAGE_DIR: STORAGE_DIR });
  const browser = await launchBrowser();
  mkdirSync('tests/artifacts', { recursive: true });
  return {
    database, server, browser, audited,
    async close() {
      await browser.close();
      await server.close();
      await database.close();
    },
  };
}
