import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser';
import { INSPECTOR, openContext, residentWorld, sendReportWithPhoto } from './resident-fixtures';

describe.skipIf(!browserAvailable())('the inspectors’ queue of residents’ reports', () => {
  const world = residentWorld();

  it('shows a resident’s report with its photo to the inspector of the region, who resolves it with the keyboard', async () => {
    const facility = world.audited.stepped;
    const reportId = await sendReportWithPhoto(world.server.url, facility.id, 'Cars park on the ramp every morning.');
    const context = await openContext(world.browser, world.server.url, 'en', INSPECTOR);
    const page = await context.newPage();

    // The audit form of the facility lists it too, in words and with the photo.
    await page.goto(`${world.server.url}/inspect/${facility.id}`);
    const inAudit = page.locator(`kz-facility-reports li[data-report="${reportId}"]`);
    await page.locator('kz-audit-view kz-verdict-preview').waitFor({ timeout: 30_000 });
    await page.locator('kz-facility-reports summary').click();
    await inAudit.waitFor({ timeout: 30_000 });
    expect(await inAudit.innerText()).toContain('Ramp missing, too steep or broken · Entrance · side entrance');
    await expect.poll(() => inAudit.locator('kz-report-photo button img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

    await page.goto(`${world.server.url}/inspect/reports`);
    const card = page.locator(`kz-report-card article[data-report="${reportId}"]`);
    await card.waitFor({ timeout: 30_000 });

    // The facility, what and where in the form's words, the resident's text, and the photo itself.
    expect(await card.getByRole('heading', { level: 2 }).innerText()).toBe(facility.name);
    const text = await card.innerText();
    expect(text).toContain('Ramp missing, too steep or broken');
    expect(text).toContain('Entrance');
    expect(text).toContain('side entrance');
    expect(text).toContain('Cars park on the ramp every morning.');
    expect(text).toContain('Status: New');
    const thumbnail = card.locator('kz-report-photo button img');
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await thumbnail.getAttribute('alt')).toMatch(/^Photo from the resident: Ramp missing/);
    expect(await card.getByRole('link', { name: 'Audit this facility' }).getAttribute('href')).toBe(`/inspect/${facility.id}`);

    // The thumbnail opens the photo full size; Escape closes it and the thumbnail has the focus again.
    await card.locator('kz-report-photo button.thumb').focus();
    await page.keyboard.press('Enter');
    const full = card.locator('kz-report-photo dialog img');
    await full.waitFor();
    expect(await full.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await full.waitFor({ state: 'hidden' });
    await page.screenshot({ path: 'tests/artifacts/report-queue.png', fullPage: true });

    await card.getByLabel('Note with the change (optional)').fill('The owner put up a no-parking sign.');
    await card.getByRole('button', { name: 'Mark resolved' }).focus();
    await page.keyboard.press('Enter');
    await card.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('kz-reports-view [role="status"]').innerText()).toBe(`Report about ${facility.name} marked “Resolved”.`);

    const [stored] = await world.database.rows<{ status: string; status_note: string; email: string }>(sql`
      SELECT r.status, r.status_note, u.email FROM reports r JOIN users u ON u.id = r.status_changed_by WHERE r.id = ${reportId}`);
    expect(stored).toEqual({ status: 'resolved', status_note: 'The owner put up a no-parking sign.', email: INSPECTOR.email });

    // Under "Resolved" it is there, with who closed it.
    await page.locator('kz-reports-view select').selectOption('resolved');
    await card.waitFor();
    expect(await card.innerText()).toMatch(/Marked “Resolved” by resident-tests@example\.kz on .*\n?Note: The owner put up a no-parking sign\./);
    await context.close();
  });
});
