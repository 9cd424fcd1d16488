import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { findingRows } from './page.ts';

const getBrowser = useBrowser();

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, matches: string, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      (selector) => document.activeElement?.matches(selector) ?? false,
      matches,
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${matches}`);
}

describe('keyboard only', () => {
  it('walks the main journey: compound, step, findings, time, tour, export', async () => {
    const context = await getBrowser().newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const foreign: string[] = [];
    const origin = new URL(inject('siteUrl')).origin;
    page.on(
      'request',
      (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && foreign.push(r.url()),
    );
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });

    await tabTo(page, '.compound-chooser button:nth-child(2)');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('compound')).toBe('psilocybin');

    await tabTo(page, '[data-id="bdnf"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.detail h3').textContent()).toBe('BDNF');
    const rows = await findingRows(page).count();
    expect(rows).toBeGreaterThan(0);

    await tabTo(page, 'input[type="range"]');
    await page.keyboard.press('End');
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('8w');

    await tabTo(page, '.evidence [aria-label="Save the evidence"] button:nth-child(2)');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(/findings-all.*\.csv$/);

    await tabTo(page, '.header-tools button');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Present the tour',
    );
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.presenter-count').textContent()).toMatch(/^Step 1 of/);
    // The pressed button is gone; focus waits on the tour's Next button, not on the page.
    await expect.poll(focused).toBe('Next →');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.presenter-count').textContent()).toMatch(/^Step 2 of/);
    await page.locator('body').press('PageDown');
    await expect.poll(() => page.locator('.presenter-count').textContent()).toMatch(/^Step 3 of/);
    await tabTo(page, '.presenter-controls button:last-child');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.presenter').count()).toBe(0);
    await expect.poll(focused).toBe('Present the tour');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.presenter').count()).toBe(0);

    expect(foreign).toEqual([]);
    await context.close();
  });
});
