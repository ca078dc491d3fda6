import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser';
import { newPage, residentWorld } from './resident-fixtures';

/** The visible text of a component, shadow root included. */
const textOf = (page: Page, selector: string) => page.locator(selector).evaluate((el) => (el.shadowRoot ?? el).textContent?.replace(/\s+/g, ' ').trim() ?? '');

/** Types into the map view's search field and waits for its listbox; returns the options' text. */
async function searchOptions(page: Page, q: string): Promise<string[]> {
  const input = page.getByRole('combobox', { name: 'Search facilities and places' });
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  // Emptying the field closes the popup, so the options read below are the new query's.
  await input.fill('');
  await listbox.waitFor({ state: 'hidden' });
  await input.fill(q);
  await listbox.waitFor({ timeout: 20_000 });
  return listbox.getByRole('option').allInnerTexts();
}

describe.skipIf(!browserAvailable())('the resident side over the Astana registry with four audited schools', () => {
  const world = residentWorld();

  it('remembers a needs profile and checks it against the audit: "Entrance door: 75 cm; you need 80 cm", with the chain and the photo', async () => {
    const page = await newPage(world.browser);
    await page.goto(`${world.server.url}/profile`);
    await page.getByRole('radio', { name: /Wheelchair users/ }).check();
    await page.getByLabel('Door width my wheelchair or walker needs').fill('80');
    await page.getByLabel('Highest step I can manage').fill('two');
    await page.getByRole('button', { name: 'Save my needs' }).click();
    await page.getByText('Enter a number from 0 to 50, or leave it empty.').waitFor();
    await page.getByLabel('Highest step I can manage').fill('2');
    await page.getByRole('button', { name: 'Save my needs' }).click();
    await page.getByText(/^Saved\./).waitFor();
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('kedergisiz.needsProfile')))!)).toMatchObject({ group: 'wheelchair', doorWidthCm: 80, maxStepCm: 2 });

    await page.goto(`${world.server.url}/facility/${world.audited.narrowDoor.id}`);
    const chain = page.locator('kz-facility-chain');
    await chain.getByText('Entrance door: 75 cm; you need 80 cm.').waitFor({ timeout: 30_000 });
    const text = await textOf(page, 'kz-facility-chain');
    expect(text).toMatch(/For you\s*Not accessible\s*for Wheelchair users, with your own needs/);
    expect(text).toContain('Not met: Entrance door: 75 cm; you need 80 cm.');
    expect(text).toMatch(/Low enough\. Highest: .*cm; you can manage 2 cm\./);
    expect(text).toMatch(/Entrance: Not accessible Clear width of the entrance door .*Found: 75 cm · required: ≥ 90 cm/);
    const photo = chain.getByRole('img', { name: /Audit photo: Clear width of the entrance door/ });
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await textOf(page, 'kz-profile-summary')).toContain('Statuses are shown for: Wheelchair users; you need doors at least 80 cm wide, steps up to 2 cm');
    await page.context().close();
  });

  it('says when an audit is more than three years old, and that a facility never audited cannot be checked', async () => {
    const page = await newPage(world.browser);
    await page.goto(`${world.server.url}/facility/${world.audited.stale.id}`);
    await page.locator('kz-facility-panel').getByText('This audit is more than 3 years old: the place may have changed.').waitFor({ timeout: 30_000 });
    const [unaudited] = await world.database.rows<{ id: number }>(sql`SELECT id FROM facilities WHERE current_audit_id IS NULL AND name IS NOT NULL ORDER BY id LIMIT 1`);
    await page.goto(`${world.server.url}/facility/${unaudited.id}`);
    await page.locator('kz-facility-chain').getByText('Not audited, unknown').waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  it('finds Astana schools for "мектеп", "школа", "school" and a misspelt name, and goes to a settlement', async () => {
    const page = await newPage(world.browser);
    await page.goto(world.server.url);
    await page.locator('kz-map[data-ready]').waitFor({ timeout: 60_000 });
    for (const q of ['мектеп', 'школа', 'school']) {
      const options = await searchOptions(page, q);
      expect(options.filter((o) => o.includes('School')).length, q).toBeGreaterThan(3);
    }
    const misspelt = world.audited.narrowDoor.name.replace('мектеп', 'мектп').replace('Қонаев', 'Конаев');
    expect((await searchOptions(page, misspelt)).some((o) => o.includes(world.audited.narrowDoor.name))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/facility/${world.audited.narrowDoor.id}`);

    const places = await searchOptions(page, 'Astana');
    expect(places.some((o) => o.includes('Settlement'))).toBe(true);
    await page.getByRole('option', { name: /Settlement/ }).first().click();
    await expect.poll(() => page.evaluate(() => window.__kzMap!.getZoom()), { timeout: 15_000 }).toBeGreaterThan(10);
    await page.context().close();
  });

  it('filters the map and the list alike, and the list is sorted by distance and opens a facility beside it', async () => {
    const page = await newPage(world.browser);
    await page.goto(`${world.server.url}/list`);
    const list = page.locator('kz-facility-list');
    await list.getByRole('button').first().waitFor({ timeout: 30_000 });
    const distances = await list.locator('.meta').allInnerTexts();
    const metres = distances.map((d) => {
      const m = d.match(/([\d.,]+)\s(m|km)$/)!;
      return Number(m[1].replace(',', '')) * (m[2] === 'km' ? 1000 : 1);
    });
    expect(metres.length).toBe(100);
    expect([...metres].sort((a, b) => a - b)).toEqual(metres);

    await page.getByLabel('Kind of place').selectOption('category:school');
    for (const status of ['Accessible', 'Partially accessible', 'Accessible with assistance', 'Not audited, unknown']) {
      await page.getByRole('checkbox', { name: status, exact: true }).uncheck();
    }
    // Only the last query's answer can be all schools that are not accessible (the others hold unaudited ones).
    const onlyInaccessibleSchools = async () => {
      const metas = await list.locator('.meta').allInnerTexts();
      return metas.length > 0 && metas.length < 5 && metas.every((meta) => /^School · Not accessible/.test(meta));
    };
    await expect.poll(onlyInaccessibleSchools, { timeout: 20_000 }).toBe(true);

    await list.getByRole('button', { name: new RegExp(world.audited.narrowDoor.name) }).click();
    await page.waitForURL(`**/list/${world.audited.narrowDoor.id}`);
    await page.locator('kz-facility-panel').getByRole('heading', { level: 2, name: world.audited.narrowDoor.name }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL(`**/list`);

    // The map view shares the filters: its point layer keeps only schools that are not accessible.
    await page.getByRole('link', { name: 'Map', exact: true }).click();
    await page.locator('kz-map[data-ready]').waitFor({ timeout: 60_000 });
    const filter = JSON.stringify(await page.evaluate(() => window.__kzMap!.getFilter('facility-points')));
    expect(filter).toContain('"school"');
    expect(filter).toContain('"inaccessible"');
    await page.context().close();
  });

  it('shows the symbols for the profile’s group: choosing "Deaf or hard of hearing" switches the map, legend and list', async () => {
    const page = await newPage(world.browser);
    await page.goto(`${world.server.url}/profile`);
    await page.getByRole('radio', { name: /Deaf or hard of hearing/ }).check();
    await page.getByRole('button', { name: 'Save my needs' }).click();
    await page.getByRole('link', { name: 'Go to the map' }).click();
    await page.locator('kz-map[data-ready]').waitFor({ timeout: 60_000 });
    expect(JSON.stringify(await page.evaluate(() => window.__kzMap!.getLayoutProperty('facility-points', 'icon-image')))).toContain('"hearing"');
    expect(await textOf(page, 'kz-map-legend')).toContain('Shown for: Deaf or hard of hearing.');
    await page.goto(`${world.server.url}/facility/${world.audited.narrowDoor.id}`);
    await page.locator('kz-facility-chain').getByText('Doorstep to doorstep: Deaf or hard of hearing').waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  it('sends a problem report with a photo without an account, names mistakes in the form, and keeps text and photo when sending fails', async () => {
    const page = await newPage(world.browser);
    await page.goto(`${world.server.url}/facility/${world.audited.stepped.id}`);
    const panel = page.locator('kz-facility-panel');
    await panel.getByRole('button', { name: 'Report a problem' }).click();
    const form = page.locator('kz-report-form');
    await form.getByLabel('What is the problem?').selectOption('steps');
    await form.getByLabel('Where is it?').selectOption('entrance');
    await form.getByLabel('Describe the problem').fill('Hm');
    await form.getByRole('button', { name: 'Send the report' }).click();
    await form.getByText('Write at least 5 characters.').waitFor();
    expect(await form.getByLabel('Describe the problem').getAttribute('aria-invalid')).toBe('true');

    const description = 'Одна ступенька 5 см у входа, пандуса нет. <b>not html</b>';
    await form.getByLabel('Describe the problem').fill(description);
    // Fixing the field takes its message away at once, before the next attempt to send.
    await form.getByText('Write at least 5 characters.').waitFor({ state: 'detached' });
    expect(await form.getByLabel('Describe the problem').getAttribute('aria-invalid')).toBe('false');
    await form.getByLabel('Which part exactly (optional)').fill('main door');

    const photoInput = form.getByLabel('Photo (optional)');
    await photoInput.setInputFiles({ name: 'notes.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not a photo at all') });
    await form.getByText('This file is not a photo we can read. Choose a JPEG, PNG or WebP image.').first().waitFor();
    expect(await photoInput.getAttribute('aria-invalid')).toBe('true');
    await photoInput.setInputFiles('server/services/photos/fixtures/door.png');
    const preview = form.getByRole('img', { name: 'The photo you attached' });
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await photoInput.getAttribute('aria-invalid')).toBe('false');
    await form.getByRole('button', { name: 'Remove the photo' }).click();
    await preview.waitFor({ state: 'detached' });
    await photoInput.setInputFiles('server/services/photos/fixtures/door.png');
    await preview.waitFor();
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/artifacts/report-photo.png' });

    await page.context().setOffline(true);
    await form.getByRole('button', { name: 'Send the report' }).click();
    await form.getByText('The report could not be sent: check your connection and send it again. Your text is kept.').waitFor({ timeout: 15_000 });
    expect(await form.getByLabel('Describe the problem').inputValue()).toBe(description);
    await preview.waitFor();
    await page.context().setOffline(false);
    await form.getByRole('button', { name: 'Send the report' }).click();
    await form.getByText('Thank you, your report was sent.').waitFor({ timeout: 15_000 });

    const [stored] = await world.database.rows<{ what: string; zone: string; element: string; description: string; mime: string; uploaded_by: null }>(
      sql`SELECT what, zone, element, description, p.mime, p.uploaded_by FROM reports r JOIN photos p ON p.sha256 = r.photo_sha256
          WHERE facility_id = ${world.audited.stepped.id}`,
    );
    // Re-encoded in the browser as JPEG (which also drops the file's own metadata), stored without an account.
    expect(stored).toEqual({ what: 'steps', zone: 'entrance', element: 'main door', description, mime: 'image/jpeg', uploaded_by: null });
    await page.context().close();
  });
});
