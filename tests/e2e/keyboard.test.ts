import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser';
import { focusedElement, openContext, residentWorld } from './resident-fixtures';

/** Whether the focused element (inside shadow roots too) shows a focus ring: an outline or a ring shadow. */
function focusVisible(page: Page): Promise<{ visible: boolean; what: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return { visible: false, what: 'nothing focused' };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { visible: outline || style.boxShadow !== 'none', what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 40) ?? ''}` };
  });
}

/** Presses Tab until `done` holds for the focused element, checking every stop shows its focus. */
async function tabUntil(page: Page, done: (focused: Awaited<ReturnType<typeof focusedElement>>) => boolean, limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const ring = await focusVisible(page);
    expect(ring.visible, `focus ring on ${ring.what}`).toBe(true);
    const focused = await focusedElement(page);
    if (done(focused)) return focused;
  }
  throw new Error('the element was not reached with Tab');
}

describe.skipIf(!browserAvailable())('a resident using only the keyboard', () => {
  const world = residentWorld();

  it('searches, opens a facility, reads its status and reports a problem, with the focus always visible', async () => {
    const context = await openContext(world.browser, world.server.url, 'en');
    const page = await context.newPage();
    await page.goto(world.server.url);
    await page.locator('kz-map[data-ready]').waitFor({ timeout: 60_000 });

    // Tab from the top: the skip link, then on to the search field.
    const skip = await tabUntil(page, () => true);
    expect(skip.text).toBe('Skip to main content');
    await tabUntil(page, (f) => f.role === 'combobox');
    await page.keyboard.type('мектеп-лицей 66', { delay: 20 });
    await page.locator('kz-search-box [role="option"]').first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('kz-search-box input').getAttribute('aria-activedescendant');
    expect(active).toBe(`facility-${world.audited.narrowDoor.id}`);
    expect(await page.locator(`kz-search-box #${active}`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');

    // The panel takes the focus on its title; its status for the person is text next to it.
    await page.waitForURL(`**/facility/${world.audited.narrowDoor.id}`);
    await expect.poll(async () => (await focusedElement(page)).text, { timeout: 20_000 }).toBe(world.audited.narrowDoor.name);
    expect((await focusVisible(page)).visible).toBe(true);
    const verdict = page.locator('kz-facility-chain .verdict');
    await verdict.waitFor({ timeout: 20_000 });
    expect((await verdict.innerText()).replace(/\s+/g, ' ')).toBe('Not accessible for Wheelchair users');

    // On to "Report a problem", and through the form with keys only.
    await tabUntil(page, (f) => f.text === 'Report a problem');
    await page.keyboard.press('Enter');
    await page.locator('kz-report-form form').waitFor();
    await expect.poll(async () => (await focusedElement(page)).id).toBe('report-what');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // "Ramp missing, too steep or broken"
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // "Entrance"
    await page.keyboard.press('Tab');
    await page.keyboard.type('main entrance');
    await page.keyboard.press('Tab');
    await page.keyboard.type('The door is 75 cm wide and there is no bell to call staff.');
    const submit = await tabUntil(page, (f) => f.tag === 'button', 3);
    expect(submit.text).toBe('Send the report');
    await page.keyboard.press('Enter');
    await page.locator('kz-report-form .sent').getByText('Thank you, your report was sent.').waitFor({ timeout: 20_000 });
    expect((await focusedElement(page)).text).toContain('Thank you, your report was sent.');
    const [report] = await world.database.rows<{ what: string; zone: string; element: string }>(
      sql`SELECT what, zone, element FROM reports WHERE facility_id = ${world.audited.narrowDoor.id}`,
    );
    expect(report).toEqual({ what: 'ramp', zone: 'entrance', element: 'main entrance' });

    // Escape closes the panel and returns to where the facility was found.
    await page.keyboard.press('Escape');
    await page.locator('kz-facility-panel').waitFor({ state: 'detached' });
    expect((await focusedElement(page)).role).toBe('combobox');
    await page.screenshot({ path: 'tests/artifacts/keyboard.png' });
    await context.close();
  });

  it('uses the list view with the keyboard: a facility opens beside the list and Escape returns to it', async () => {
    const context = await openContext(world.browser, world.server.url, 'en');
    const page = await context.newPage();
    await page.goto(`${world.server.url}/list`);
    await page.locator('kz-facility-list button').first().waitFor({ timeout: 30_000 });
    const first = await tabUntil(page, (f) => f.tag === 'button' && f.id !== null && /^\d+$/.test(f.id), 40);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/list/${first.id}`);
    await page.locator('kz-facility-panel h2').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL('**/list');
    expect((await focusedElement(page)).id).toBe(first.id);
    await context.close();
  });
});
