import { sql } from 'drizzle-orm';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { photoPath } from '../../server/services/photos/photo-storage';
import { createUser } from '../../server/services/users/create-user';
import { statusColour } from '../../web/features/map/status-symbols';
import { browserAvailable, launchBrowser } from '../support/browser';
import { loadRegistry } from '../support/demo-data';
import { openTestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

const EMAIL = 'aigerim.inspector@example.kz';
const PASSWORD = 'tablet-password-2026';
const photo = join(process.cwd(), 'server/services/photos/fixtures/door.jpg');

/** The audit form's item for an answer key. */
const item = (page: Page, key: string) => page.locator(`kz-audit-item[data-key="${key}"]`);

/** The share of pixels around a point of the page that have a colour (the status symbol drawn there). */
async function colourShareAt(page: Page, x: number, y: number, hex: string): Promise<number> {
  const png = await page.screenshot({ clip: { x: x - 10, y: y - 10, width: 20, height: 20 } });
  return page.evaluate(
    async ({ data, hex }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const target = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let near = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (target.every((v, c) => Math.abs(pixels[i + c] - v) <= 40)) near++;
      }
      return near / (pixels.length / 4);
    },
    { data: png.toString('base64'), hex },
  );
}

/** Opens the facility on the map and measures how much of its marker has each status colour. */
async function markerColours(page: Page, facilityId: number) {
  await page.goto(`/facility/${facilityId}`);
  await page.locator('kz-map[data-ready]').waitFor({ timeout: 60_000 });
  await page.locator('kz-facility-panel').getByRole('heading', { level: 2 }).waitFor();
  const at = await page.evaluate(
    (id) =>
      new Promise<{ x: number; y: number; properties: Record<string, unknown> } | null>((resolve) => {
        const map = window.__kzMap!;
        const find = (tries: number) => {
          if (map.isMoving()) return void setTimeout(() => find(tries), 100);
          const feature = map.queryRenderedFeatures({ layers: ['facility-points'] }).find((f) => Number(f.properties.id) === id);
          if (!feature && tries > 0) return void setTimeout(() => find(tries - 1), 250);
          if (!feature) return resolve(null);
          const point = map.project((feature.geometry as unknown as { coordinates: [number, number] }).coordinates);
          const box = map.getCanvas().getBoundingClientRect();
          resolve({ x: box.left + point.x, y: box.top + point.y, properties: feature.properties });
        };
        setTimeout(() => find(40), 500);
      }),
    facilityId,
  );
  expect(at, 'the facility is drawn on the map').not.toBeNull();
  return {
    properties: at!.properties,
    unknown: await colourShareAt(page, at!.x, at!.y, statusColour('unknown')),
    inaccessible: await colourShareAt(page, at!.x, at!.y, statusColour('inaccessible')),
  };
}

describe.skipIf(!browserAvailable())('an inspector audits a facility on a tablet, offline', () => {
  let database: Database;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let auditedFacility = 0;
  const storage = mkdtempSync(join(tmpdir(), 'kz-audit-e2e-'));

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await loadRegistry(database);
    await createUser(database, { email: EMAIL, password: PASSWORD, role: 'inspector', regions: ['710000000'], displayName: 'Айгерим Сапарова' });
    server = await startTestServer(database, { KEDERGISIZ_STORAGE_DIR: storage });
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.url, viewport: { width: 768, height: 1024 }, locale: 'en-GB', serviceWorkers: 'allow' });
    page = await context.newPage();
    mkdirSync('tests/artifacts', { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
    rmSync(storage, { recursive: true, force: true });
  });

  it('signs in, audits with a photo offline, queues it, and sends it exactly once when the network returns', async () => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/inspect');
    await page.locator('kz-worklist-view li[data-urgency="never"]').first().waitFor();
    // A school (drawn with a full-size marker), as the inspector would pick from the list.
    const [{ id: facilityId }] = await database.rows<{ id: number }>(
      sql`SELECT id FROM facilities WHERE category = 'school' AND region_kato = '710000000' AND name IS NOT NULL ORDER BY id LIMIT 1`,
    );

    const before = await markerColours(page, facilityId);
    expect(before.unknown).toBeGreaterThan(0.05);
    expect(before.inaccessible).toBe(0);

    await page.goto(`/inspect/${facilityId}`);
    await page.locator('kz-audit-view kz-verdict-preview').waitFor();
    // The service worker now holds the app and this page's data.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    await page.locator('kz-audit-view button[data-zone="entrance"]').click();
    await item(page, 'entrance.level_change').locator('input[type=text]').fill('30');
    await item(page, 'entrance.stepfree_means').locator('button[data-option="none"]').click();
    await item(page, 'entrance.door_width').locator('input[type=text]').fill('85');
    await expect.poll(() => item(page, 'entrance.door_width').locator('section').getAttribute('data-verdict')).toBe('fail');
    expect(await item(page, 'entrance.door_width').locator('section').innerText()).toMatch(/Needed: ≥ 0\.9 m/);
    expect(await item(page, 'ramp.slope').count()).toBe(0); // no ramp: its questions are not asked
    await item(page, 'entrance.stepfree_means').locator('input[type=file]').setInputFiles(photo);
    await item(page, 'entrance.stepfree_means').locator('img').waitFor();
    await page.locator('kz-audit-view button[data-zone="service"]').click();
    await item(page, 'service.remote').locator('button[data-option="no"]').click();
    await page.locator('kz-verdict-preview li[data-group="wheelchair"][data-status="inaccessible"]').waitFor();
    await page.screenshot({ path: 'tests/artifacts/audit-portrait.png', fullPage: false });

    // Every control of the form is a comfortable touch target.
    const small = await page.evaluate(() => {
      const found: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) visit(el.shadowRoot);
          if (!el.matches('button, input:not([type=file]), .photo-button, select, textarea, summary')) continue;
          const box = el.getBoundingClientRect();
          if (box.width > 0 && (box.height < 44 || box.width < 44)) found.push(`${el.tagName} ${el.textContent?.trim().slice(0, 30)} ${box.width}x${box.height}`);
        }
      };
      visit(document.querySelector('kz-audit-view')!.shadowRoot!);
      return found;
    });
    expect(small).toEqual([]);

    await context.setOffline(true);
    // Really offline, service worker included: a request it never saw gets its "offline" answer, not the server's.
    const unseen = await page.evaluate(() => fetch('/api/regions?never-asked').then(async (r) => ({ status: r.status, body: await r.json() })));
    expect(unseen).toMatchObject({ status: 503, body: { error: { code: 'offline' } } });
    await page.reload();
    await page.locator('kz-audit-view kz-verdict-preview').waitFor();
    await page.locator('kz-audit-view button[data-zone="entrance"]').click();
    expect(await item(page, 'entrance.door_width').locator('input[type=text]').inputValue()).toBe('85');
    await page.getByRole('button', { name: 'Finish and send' }).click();
    await page.getByText('The audit is in the outbox').waitFor();
    await page.locator('kz-outbox-status[data-count="1"]').waitFor();
    expect(await page.locator('kz-outbox-status .box').first().innerText()).toMatch(/Audits waiting to be sent: 1/);
    const stored = async () => (await database.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audits WHERE facility_id = ${facilityId}`))[0].n;
    expect(await stored()).toBe(0);

    await context.setOffline(false);
    await page.locator('kz-outbox-status[data-count="0"]').waitFor({ timeout: 30_000 });
    expect(await stored()).toBe(1);
    // A second flush (another tab, a retry) sends nothing more.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForTimeout(1000);
    expect(await stored()).toBe(1);

    const [audit] = await database.rows<{ status_wheelchair: string; photos: unknown; position: unknown; inspector: string }>(sql`
      SELECT a.status_wheelchair, a.photos, u.email AS inspector FROM audits a JOIN users u ON u.id = a.inspector_id WHERE a.facility_id = ${facilityId}`);
    expect(audit.status_wheelchair).toBe('inaccessible');
    expect(audit.inspector).toBe(EMAIL);
    const photos = (typeof audit.photos === 'string' ? JSON.parse(audit.photos) : audit.photos) as { itemId: string; sha256: string; mime: string }[];
    expect(photos).toHaveLength(1);
    expect(photos[0]).toMatchObject({ itemId: 'entrance.stepfree_means', mime: 'image/jpeg' });
    // Resized in the browser before upload: a new JPEG, not the original file.
    expect(existsSync(photoPath(storage, photos[0].sha256))).toBe(true);
    expect(readFileSync(photoPath(storage, photos[0].sha256)).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));

    auditedFacility = facilityId;
    const after = await markerColours(page, facilityId);
    expect(after.inaccessible).toBeGreaterThan(0.05);
    expect(after.unknown).toBe(0);
    await page.screenshot({ path: 'tests/artifacts/audit-map-after.png' });
  }, 240_000);

  it('shows the history and the form in landscape', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const id = auditedFacility;
    await page.goto(`/inspect/${id}/history`);
    await page.getByText('First audit of this facility.').waitFor();
    expect(await page.locator('kz-audit-history-view .page').innerText()).toMatch(/Айгерим Сапарова/);
    await page.goto(`/inspect/${id}`);
    await page.locator('kz-audit-view kz-verdict-preview').waitFor();
    await page.screenshot({ path: 'tests/artifacts/audit-landscape.png' });
  });
});
