import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { facilities, facilityEntrances } from '../../db/schema';
import { importOpenSidewalks } from '../../server/import/network';
import { browserAvailable, launchBrowser } from '../support/browser';
import { dataFile } from '../support/demo-data';
import { openTestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** A resident on the Microsoft campus sidewalks in Redmond, about 900 m from the clinic. */
const HERE = { longitude: -122.1405, latitude: 47.639 };

/** The focused element's tag, text and accessible label, looking through shadow roots. */
function focused(page: Page): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', text: (el?.textContent ?? '').trim() };
  });
}

/** Presses Tab until the focused element is a `tag` whose text is (or matches) `text`; fails after 40 presses. */
async function tabTo(page: Page, tag: string, text: string | RegExp): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    const now = await focused(page);
    if (now.tag === tag && (typeof text === 'string' ? now.text === text : text.test(now.text))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached <${tag}> "${text}"`);
}

/** axe-core's violations inside the route view, as "rule: targets" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const view = document.querySelector('kz-app')?.shadowRoot ? { fromShadowDom: ['kz-app', 'kz-route-view'] } : 'kz-route-view';
    const run = await (window as any).axe.run({ include: [view] });
    return { checked: run.passes.length, violations: run.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => JSON.stringify(n.target)).join(', ')}`) };
  });
  expect(result.checked).toBeGreaterThan(10);
  return result.violations;
}

/** Resolves once the map has stopped moving and drawn what it has. */
function mapSettled(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => {
    const map = window.__kzMap!;
    const check = () => {
      if (map.isMoving()) return void setTimeout(check, 50);
      map.once('idle', () => resolve());
      map.triggerRepaint();
    };
    setTimeout(check, 400);
  }));
}

const view = (page: Page) => page.locator('kz-route-view');
const liveRegion = (page: Page) => view(page).locator('p[role="status"].visually-hidden');

describe.skipIf(!browserAvailable())('the route planner over the Redmond OpenSidewalks network', () => {
  let database: Database;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let facilityId: number;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await importOpenSidewalks(database, dataFile('opensidewalks-wa-sample'));
    const [clinic] = await database.db.insert(facilities).values({
      source: 'test', sourceId: 'redmond-clinic', category: 'clinic', name: 'Redmond Community Clinic', geom: [-122.1352, 47.6452],
    }).returning({ id: facilities.id });
    facilityId = clinic.id;
    await database.db.insert(facilityEntrances).values({
      source: 'test', sourceId: 'redmond-clinic/main', facilityId, geom: [-122.13365, 47.64455], entranceType: 'main', wheelchair: 'yes', placedBy: 'inspector',
    });
    await database.db.insert(facilities).values({
      source: 'test', sourceId: 'redmond-stop', category: 'bus_stop', name: 'NE 40th St & 148th Ave NE', geom: [-122.1402, 47.6395],
    });
    server = await startTestServer(database);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', geolocation: HERE, permissions: ['geolocation'] });
    await context.addInitScript(() => localStorage.setItem('kedergisiz.locale', 'en'));
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
  });

  it('plans a wheelchair route with the keyboard alone: drawn on the map, directions as an ordered list, no axe violation', async () => {
    await page.goto(`${server.url}/facility/${facilityId}`);
    await page.locator('kz-map[data-ready]').waitFor({ timeout: 45_000 });
    await expect.poll(async () => (await focused(page)).tag).toBe('h2');
    await tabTo(page, 'a', 'Route here');
    await page.keyboard.press('Enter');
    await view(page).locator('p.chosen', { hasText: 'Chosen: Redmond Community Clinic' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/route/to/${facilityId}`);

    await tabTo(page, 'button', 'Use my position');
    await page.keyboard.press('Enter');
    await view(page).locator('p.chosen', { hasText: 'Chosen: My position' }).waitFor();
    await tabTo(page, 'button', 'Plan the route');
    await page.keyboard.press('Enter');

    await expect.poll(() => liveRegion(page).textContent(), { timeout: 30_000 }).toMatch(/^Route planned: [\d.,]+ k?m, about \d+ min\. Warnings along the way: \d+\.$/);
    const result = view(page).locator('kz-route-result');
    const steps = result.locator('ol.directions > li');
    expect(await steps.count()).toBeGreaterThan(2);
    expect(await steps.first().textContent()).toMatch(/^Set off along the /);
    expect(await steps.last().textContent()).toBe('Arrive at Redmond Community Clinic.');
    expect(await result.getByRole('heading', { name: 'Doorstep to doorstep' }).isVisible()).toBe(true);
    expect(await result.locator('.verdict').textContent()).toBe('The route meets your profile, but the facility has not been audited: whether you can get in is not known.');

    await mapSettled(page);
    const drawn = await page.evaluate(() => window.__kzMap!.queryRenderedFeatures({ layers: ['route-line'] }).length);
    expect(drawn).toBeGreaterThan(0);

    expect(await axeViolations(page)).toEqual([]);
    mkdirSync('tests/artifacts', { recursive: true });
    await page.screenshot({ path: 'tests/artifacts/route.png' });
  });

  it('says which limit blocks and marks the relaxed route when own limits allow no slope at all', async () => {
    await view(page).locator('kz-profile-picker select').focus();
    await page.keyboard.press('End');
    expect(await view(page).locator('kz-profile-picker select').inputValue()).toBe('custom');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).tag).toBe('input');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0');
    await tabTo(page, 'button', 'Plan the route');
    await page.keyboard.press('Enter');

    await expect.poll(() => liveRegion(page).textContent(), { timeout: 30_000 }).toMatch(/^No route meets your profile: .*slope steeper than your limit/);
    const result = view(page).locator('kz-route-result');
    await result.getByRole('heading', { name: 'Relaxed route: breaks your limits' }).waitFor();
    expect(await result.locator('.notice').textContent()).toContain('Blocked by:');
    expect(await result.locator('.verdict').textContent()).toBe('Not accessible door to door: the way there breaks your limits.');
    expect(await result.locator('ul.warnings').textContent()).toContain('Breaks your limit:');
    await mapSettled(page);
    expect(await page.evaluate(() => window.__kzMap!.queryRenderedFeatures({ layers: ['route-breaks'] }).length)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds the destination by its typed name and starts from a transit stop nearby, all with the keyboard', async () => {
    const destination = view(page).locator('kz-place-finder[mode="destination"]');
    await destination.locator('input').focus();
    await page.keyboard.type('Redmond clinic');
    await page.keyboard.press('Enter');
    await destination.getByText('Found: 1. Choose one:').waitFor();
    await tabTo(page, 'button', /^Redmond Community Clinic\s*Clinic · [\d.,]+ k?m away$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => liveRegion(page).textContent()).toBe('Chosen: Redmond Community Clinic');
    expect((await focused(page)).tag).toBe('input');

    await tabTo(page, 'button', 'Transit stops nearby');
    await page.keyboard.press('Enter');
    await view(page).locator('kz-place-finder[mode="start"]').getByText('Found: 1. Choose one:').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await view(page).locator('p.chosen', { hasText: 'Chosen: NE 40th St & 148th Ave NE' }).waitFor();
  });
});
