/**
 * The parts below the first screen are drawn when a reader can reach them (decision 0009):
 * not while a page left alone opens, but at once for a keyboard, a scroll or a print.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { openSite } from './page.ts';

const getBrowser = useBrowser();
const phone = { width: 375, height: 667 };

describe('what a reader can reach', () => {
  it('a page left alone draws the first screen only; the first Tab draws the rest', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'), phone, { untouched: true });
    await page.locator('.diagram-frame .node').first().waitFor();
    expect(await page.locator('.view.evidence table').count()).toBe(0);
    expect(await page.locator('.view.learn').count()).toBe(0);
    // The headings are there, so a reader (or a link to them) knows what comes.
    expect(await page.locator('#evidence-heading').textContent()).toBe('The evidence');
    // Nor is the code of the parts out of sight fetched: the outline, the footer, and the
    // channel that keeps a presenter's windows together (this window is not presenting).
    await page.waitForLoadState('networkidle');
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(fetched.some((url) => url.includes('/assets/index-'))).toBe(true);
    for (const part of ['CascadeOutline', 'SiteFooter', 'tourChannel'])
      expect(fetched.filter((url) => url.includes(part))).toEqual([]);
    expect(await page.locator('.site-footer').count()).toBe(0);

    await page.keyboard.press('Tab');
    await page.locator('.view.evidence table').first().waitFor({ state: 'attached' });
    await page.locator('.view.learn').first().waitFor({ state: 'attached' });
    await page.locator('.site-footer').waitFor({ state: 'attached' });
    await page.locator('details.outline ol').waitFor({ state: 'attached' });
    await page.context().close();
  });

  it('scrolling down to the evidence draws it', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'), phone, { untouched: true });
    await page.locator('#evidence-heading').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.view.evidence table').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('printing a page left alone prints the references and the learning section', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'), phone, { untouched: true });
    await page.locator('.diagram-frame .node').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    // Both arrive with the prose, one after the other: wait for each, as the printout would.
    await expect.poll(() => page.locator('.print-references li').count()).toBeGreaterThan(10);
    await expect.poll(() => page.locator('.view.learn').count()).toBe(1);
    await page.context().close();
  });
});
