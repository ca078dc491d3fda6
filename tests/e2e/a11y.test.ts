import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser';
import { axeViolations, INSPECTOR, OFFICIAL, openContext, residentWorld, sendReportWithPhoto } from './resident-fixtures';

const SEARCH_WORD = { kk: 'мектеп', ru: 'школа', en: 'school' } as const;

/**
 * Every view in every language through axe-core (WCAG 2.0–2.2 A/AA and best practices): map,
 * search with results open, facility panel, report form, list, profile, sign-in, the inspector's
 * audit form, the queue of residents' reports with a photo open, and the officials' dashboard; then high
 * contrast and reduced motion.
 */
describe.skipIf(!browserAvailable())('accessibility of every view', () => {
  const world = residentWorld();

  /** Violations per view, so one failure names every view that has one. */
  async function check(found: Record<string, string[]>, view: string, page: Page) {
    found[view] = await axeViolations(page);
  }

  it.each(['kk', 'ru', 'en'] as const)('finds no violation on the resident views in %s', async (lang) => {
    const context = await openContext(world.browser, world.server.url, lang);
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    await page.goto(world.server.url);
    await page.locator('kz-map[data-ready]').waitFor({ timeout: 60_000 });
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    await check(found, 'map', page);

    await page.locator('kz-search-box input').fill(SEARCH_WORD[lang]);
    await page.locator('kz-search-box [role="option"]').first().waitFor({ timeout: 20_000 });
    await check(found, 'search with results open', page);
    await page.screenshot({ path: `tests/artifacts/search-${lang}.png` });
    await page.keyboard.press('Escape');

    await page.goto(`${world.server.url}/facility/${world.audited.narrowDoor.id}`);
    await page.locator('kz-map[data-ready]').waitFor({ timeout: 60_000 });
    await page.locator('kz-facility-chain .chain').waitFor({ timeout: 30_000 });
    await page.locator('kz-facility-chain img').evaluate((img: HTMLImageElement) => img.decode());
    await check(found, 'facility panel', page);
    await page.screenshot({ path: `tests/artifacts/facility-${lang}.png` });

    await page.locator('kz-facility-panel .report button').click();
    await page.locator('kz-report-form form').waitFor();
    await page.locator('kz-report-form input[type="file"]').setInputFiles('server/services/photos/fixtures/door.png');
    await page.locator('kz-report-form .photo-preview img').waitFor();
    await page.locator('kz-report-form button[type="submit"]').click();
    await page.locator('kz-report-form .problem').first().waitFor();
    await check(found, 'report form with its errors and a photo', page);

    await page.goto(`${world.server.url}/list/${world.audited.accessible.id}`);
    await page.locator('kz-facility-list button').first().waitFor({ timeout: 30_000 });
    await page.locator('kz-list-view kz-facility-chain .chain').waitFor({ timeout: 30_000 });
    await check(found, 'list with a facility open', page);
    await page.screenshot({ path: `tests/artifacts/list-${lang}.png` });

    await page.goto(`${world.server.url}/profile`);
    await page.locator('kz-profile-view form').waitFor();
    await page.locator('kz-profile-view #doorWidthCm').fill('999');
    await page.locator('kz-profile-view button[type="submit"]').click();
    await page.locator('kz-profile-view .problem').waitFor();
    await check(found, 'profile with an error', page);
    await page.screenshot({ path: `tests/artifacts/profile-${lang}.png` });

    await page.goto(`${world.server.url}/sign-in`);
    await page.locator('kz-sign-in-view form').waitFor();
    await check(found, 'sign-in', page);
    await context.close();

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((view) => [view, []])));
  });

  it.each(['kk', 'ru', 'en'] as const)('finds no violation on the audit form, the reports queue and the dashboard in %s', async (lang) => {
    const found: Record<string, string[]> = {};
    const inspector = await openContext(world.browser, world.server.url, lang, INSPECTOR);
    const audit = await inspector.newPage();
    await audit.goto(`${world.server.url}/inspect/${world.audited.accessible.id}`);
    await audit.locator('kz-audit-view kz-verdict-preview').waitFor({ timeout: 30_000 });
    await check(found, 'audit form', audit);

    const reportId = await sendReportWithPhoto(world.server.url, world.audited.stepped.id, `A car is parked on the ramp (${lang}).`);
    await audit.goto(`${world.server.url}/inspect/reports`);
    await audit.locator(`kz-report-card article[data-report="${reportId}"] kz-report-photo img`).first().waitFor({ timeout: 30_000 });
    await check(found, 'residents’ reports', audit);
    await audit.locator(`kz-report-card article[data-report="${reportId}"] kz-report-photo button.thumb`).click();
    await audit.locator(`kz-report-card article[data-report="${reportId}"] kz-report-photo dialog img`).waitFor();
    await check(found, 'residents’ reports with a photo open', audit);
    await audit.screenshot({ path: `tests/artifacts/reports-${lang}.png` });
    await inspector.close();

    const official = await openContext(world.browser, world.server.url, lang, OFFICIAL);
    const dashboard = await official.newPage();
    await dashboard.goto(`${world.server.url}/dashboard`);
    await dashboard.locator('kz-stats-table tbody tr').first().waitFor({ timeout: 30_000 });
    await check(found, 'dashboard', dashboard);
    await official.close();

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((view) => [view, []])));
  });

  it('honours high contrast: the map, legend, list and panel switch palette, still with no violation', async () => {
    const context: BrowserContext = await openContext(world.browser, world.server.url, 'en');
    await context.addInitScript(() => localStorage.setItem('kedergisiz.contrast', 'high'));
    const page = await context.newPage();
    await page.goto(`${world.server.url}/facility/${world.audited.narrowDoor.id}`);
    await page.locator('kz-map[data-ready]').waitFor({ timeout: 60_000 });
    await page.locator('kz-facility-chain .chain').waitFor({ timeout: 30_000 });
    // The high palette's "not accessible" red and its black outlines, in the legend, the list and the panel alike.
    for (const host of ['kz-map-legend', 'kz-facility-list', 'kz-facility-chain']) {
      const fills = await page.locator(host).evaluate((el) => [...el.shadowRoot!.querySelectorAll('svg g')].map((g) => g.getAttribute('fill')));
      expect(fills, host).not.toContain('#c62828');
    }
    const legendFills = await page.locator('kz-map-legend').evaluate((el) => [...el.shadowRoot!.querySelectorAll('svg g')].map((g) => g.getAttribute('fill')));
    expect(legendFills).toContain('#9b0000');
    expect(await page.evaluate(() => window.__kzMap!.getPaintProperty('facility-clusters', 'circle-color'))).toBe('#000000');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: 'tests/artifacts/high-contrast.png' });
    await context.close();
  });

  it('honours reduced motion: going to a place jumps instead of flying, and transitions are off', async () => {
    const context = await openContext(world.browser, world.server.url, 'en');
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(world.server.url);
    await page.locator('kz-map[data-ready]').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Zoom to Astana' }).click();
    // A 600 ms flight would still be under way; with reduced motion the map is already there.
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => window.__kzMap!.getZoom())).toBeCloseTo(11, 1);
    const transition = await page.locator('kz-map-view').evaluate((el) => {
      const link = el.shadowRoot!.querySelector('kz-facility-filters')!.shadowRoot!.querySelector('summary')!;
      return getComputedStyle(link, '::before').transitionDuration;
    });
    expect(transition).toBe('0s');
    await context.close();
  });
});
