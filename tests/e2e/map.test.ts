import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { browserAvailable, launchBrowser } from '../support/browser';
import { demoFiles } from '../../server/import/demo';
import { importSettlements } from '../../server/import/settlements';
import { importStreets } from '../../server/import/streets';
import { dataFile, loadRegistry } from '../support/demo-data';
import { openTestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

const facilityLayers = ['facility-points', 'facility-clusters'];

/** Resolves once the map has stopped moving and drawn everything it has (a repaint with nothing pending ends in 'idle'). */
function mapSettled(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__kzMap!;
        const check = () => {
          if (map.isMoving()) return void setTimeout(check, 50);
          map.once('idle', () => resolve());
          map.triggerRepaint();
        };
        // Past the debounced facility refresh that follows every move.
        setTimeout(check, 400);
      }),
  );
}

/** The element that has the keyboard focus, looking inside shadow roots. */
function focusedElement(page: Page): Promise<{ tag: string; text: string; id: string | null }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent?.trim() ?? '', id: el?.getAttribute('data-id') ?? null };
  });
}

async function openMap(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await page.goto(url);
  await page.locator('kz-map[data-ready]').waitFor({ timeout: 120_000 });
  return page;
}

describe.skipIf(!browserAvailable())('the map page over the Astana registry', () => {
  let database: Database;
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await loadRegistry(database);
    // The offline basemap's streets and place names, as a real first start imports them.
    await importStreets(database, dataFile(demoFiles.streets));
    await importSettlements(database, dataFile(demoFiles.settlements));
    server = await startTestServer(database);
    browser = await launchBrowser();
    page = await openMap(browser, server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
  });

  it('draws facilities after "Zoom to Astana", and the legend says none is audited', async () => {
    await page.getByRole('button', { name: 'Zoom to Astana' }).click();
    await mapSettled(page);
    const rendered = await page.evaluate((layers) => window.__kzMap!.queryRenderedFeatures({ layers }).length, facilityLayers);
    expect(rendered).toBeGreaterThan(0);
    await page.getByText('No facility has been audited yet: every facility is shown as not audited.').waitFor();
    expect(await page.getByRole('heading', { name: 'Facilities in view' }).isVisible()).toBe(true);
  });

  it('opens the panel of a facility clicked on the map', async () => {
    await page.evaluate(() => window.__kzMap!.jumpTo({ center: [71.4335, 51.1745], zoom: 14.8 }));
    await mapSettled(page);
    // A named building left of centre, clear of where the panel will open.
    const target = await page.evaluate(() => {
      const map = window.__kzMap!;
      const box = map.getCanvas().getBoundingClientRect();
      const aim = { x: box.width * 0.35, y: box.height * 0.5 };
      const candidates = map
        .queryRenderedFeatures({ layers: ['facility-points'] })
        .filter((f) => f.properties.name && f.properties.category !== 'bus_stop')
        .map((f) => ({ f, at: map.project((f.geometry as unknown as { coordinates: [number, number] }).coordinates) }))
        .sort((a, b) => Math.hypot(a.at.x - aim.x, a.at.y - aim.y) - Math.hypot(b.at.x - aim.x, b.at.y - aim.y));
      const { f, at } = candidates[0];
      const p = f.properties;
      return { id: p.id as number, names: [p.name_en, p.name_kk, p.name_ru, p.name].filter(Boolean) as string[], x: box.left + at.x, y: box.top + at.y };
    });
    await page.mouse.click(target.x, target.y);
    const panel = page.locator('kz-facility-panel');
    const panelText = () => panel.locator('section').first().innerText();
    const heading = panel.getByRole('heading', { level: 2 });
    await heading.waitFor();
    expect(new URL(page.url()).pathname).toBe(`/facility/${target.id}`);
    expect(target.names).toContain(await heading.textContent());
    expect(await panelText()).toMatch(/Region\s*Astana/);
    expect(await panelText()).toContain('Wheelchair users');
    await page.waitForTimeout(400);
    mkdirSync('tests/artifacts', { recursive: true });
    await page.screenshot({ path: 'tests/artifacts/map.png' });
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('opens a facility chosen with the keyboard from "Facilities in view"; Escape closes it and returns focus', async () => {
    await page.getByRole('heading', { name: 'Facilities in view' }).waitFor();
    await page.locator('kz-place-picker select').focus();
    let focused = await focusedElement(page);
    for (let presses = 0; presses < 10 && focused.id === null; presses++) {
      await page.keyboard.press('Tab');
      focused = await focusedElement(page);
    }
    expect(focused.tag).toBe('button');
    await page.keyboard.press('Enter');
    const panel = page.locator('kz-facility-panel');
    await panel.getByRole('heading', { level: 2 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/facility/${focused.id}`);
    const title = (await panel.getByRole('heading', { level: 2 }).textContent())!;
    expect(focused.text).toContain(title);
    await expect.poll(async () => (await focusedElement(page)).text).toBe(title);
    expect(await panel.locator('section').first().innerText()).toMatch(/Region\s*Astana/);

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe('/');
    expect((await focusedElement(page)).id).toBe(focused.id);
  });
});

describe.skipIf(!browserAvailable())('the map page over an empty database', () => {
  it('says how to import data', async () => {
    const database = await openTestDatabase('pglite');
    const server = await startTestServer(database);
    const browser = await launchBrowser();
    try {
      const page = await openMap(browser, server.url);
      await page.getByRole('heading', { name: 'No facilities yet' }).waitFor();
      const help = await page.locator('kz-import-help section').innerText();
      expect(help).toContain('npm run import -- boundaries <file>');
      expect(help).toContain('npm run import -- facilities <file>');
      expect(help).toContain('../shared/data');
    } finally {
      await browser.close();
      await server.close();
      await database.close();
    }
  });
});
