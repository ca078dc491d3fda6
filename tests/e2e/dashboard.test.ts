import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import type { Locale } from '../../server/domain/categories';
import { addFacilitiesBeyondAstana, addInspector, auditFacilities } from '../../server/routes/stats/stats-test-data';
import { columnLabel, ROW_LABELS } from '../../server/services/stats/export/labels';
import { createUser } from '../../server/services/users/create-user';
import { dashboardCatalogues } from '../../web/features/dashboard/dashboard-text';
import { browserAvailable, launchBrowser } from '../support/browser';
import { loadRegistry } from '../support/demo-data';
import { openTestDatabase } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const OFFICIAL = { email: 'official@example.kz', password: 'a long enough password' };

/** axe-core's violations on the whole page (shadow roots included), as "rule: target" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const run = await (window as any).axe.run();
    return {
      checked: run.passes.length,
      violations: run.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => JSON.stringify(n.target)).join(', ')}`),
    };
  });
  // The rules really ran on the content (tables, headings, contrast, names).
  expect(result.checked).toBeGreaterThan(10);
  return result.violations as string[];
}

/** A browser tab in `lang`, signed in as an official unless `anonymous`. */
async function openTab(browser: Browser, server: TestServer, lang: Locale, anonymous = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.addInitScript((locale) => localStorage.setItem('kedergisiz.locale', locale), lang);
  if (!anonymous) {
    const res = await context.request.post(`${server.url}/api/session`, { data: OFFICIAL, headers: { Origin: server.url } });
    expect(res.status()).toBe(200);
  }
  return { context, page: await context.newPage() };
}

/** The numbers of the table's total row, as the page shows them. */
async function pageTotals(page: Page, kind: string) {
  const total = page.locator(`kz-stats-table[kind="${kind}"] tfoot tr`);
  return {
    total: Number(await total.locator('[data-figure="total"]').getAttribute('data-value')),
    adapted: Number(await total.locator('[data-figure="adapted"]').getAttribute('data-value')),
  };
}

/** The total row of a CSV export, by its localised headings. */
function csvTotals(csv: string, lang: Locale) {
  const separator = lang === 'en' ? ',' : ';';
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  const header = lines[0].split(separator);
  const total = lines.find((l) => l.split(separator)[1] === ROW_LABELS.total[lang])!.split(separator);
  return { total: Number(total[header.indexOf(columnLabel('total', lang))]), adapted: Number(total[header.indexOf(columnLabel('adapted', lang))]) };
}

describe.skipIf(!browserAvailable())('the officials\' dashboard', () => {
  let database: Database;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await loadRegistry(database);
    await addFacilitiesBeyondAstana(database);
    await auditFacilities(database, await addInspector(database), new Date());
    await createUser(database, { ...OFFICIAL, role: 'official', regions: [] });
    server = await startTestServer(database);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
  });

  it.each(['kk', 'ru', 'en'] as const)('shows the country in %s with no axe violation, and its CSV has the page\'s totals', async (lang) => {
    const { context, page } = await openTab(browser, server, lang);
    await page.goto(`${server.url}/dashboard`);
    await page.locator('kz-stats-table[kind="region"] tbody tr').first().waitFor({ timeout: 30_000 });
    await page.locator('kz-trend-chart').waitFor();
    await page.locator('kz-choropleth path').first().waitFor({ state: 'attached' });
    expect(await page.locator('h1').textContent()).toBe(dashboardCatalogues[lang].title);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('kz-stats-table[kind="region"] tbody tr').count()).toBe(21); // 20 regions and "outside every region"
    expect(await page.locator('kz-choropleth path').count()).toBe(20);
    expect(await axeViolations(page)).toEqual([]);

    const shown = await pageTotals(page, 'region');
    expect(shown.total).toBeGreaterThan(1400);
    const href = await page.locator('[data-export="areas-csv"]').getAttribute('href');
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await context.request.get(`${server.url}${href}`)).body());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csvTotals(csv, lang)).toEqual(shown);
    await context.close();
  });

  it('drills down from the country to a district and its facilities', async () => {
    const { context, page } = await openTab(browser, server, 'en');
    await page.goto(`${server.url}/dashboard`);
    await page.locator('kz-stats-table[kind="region"]').getByRole('link', { name: 'Astana (city)' }).click();
    await page.locator('kz-stats-table[kind="district"] tbody tr').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/dashboard/710000000');
    const district = page.locator('kz-stats-table[kind="district"] tbody tr th a').first();
    const districtName = await district.textContent();
    await district.click();
    await page.locator('kz-verdict-list tbody tr').first().waitFor();
    expect(await page.locator('nav[aria-label="You are here"] [aria-current="page"]').textContent()).toBe(districtName);
    const sectorTotal = await pageTotals(page, 'sector');
    expect(await page.locator('kz-verdict-list [role="status"]').textContent()).toContain(`of ${sectorTotal.total.toLocaleString('en')}`);
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('kz-dashboard-filters select[name="sector"]').selectOption('education');
    await page.locator('kz-dashboard-filters').getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/sector=education/);
    await page.locator('kz-stats-table[kind="sector"] tbody tr').first().waitFor();
    const bySector = await page.locator('kz-stats-table[kind="sector"] tbody tr[data-key="health"] [data-figure="total"]').getAttribute('data-value');
    expect(bySector).toBe('0');
    await context.close();
  });

  it('shows the public summary without sign-in', async () => {
    const { context, page } = await openTab(browser, server, 'ru', true);
    await page.goto(`${server.url}/dashboard`);
    await page.locator('kz-stats-table[kind="region"] tbody tr').first().waitFor();
    await page.getByText(dashboardCatalogues.ru.signInNeeded).first().waitFor();
    expect(await page.locator('kz-trend-chart').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
