/** Exports that meet awkward text or a browser that refuses: the file still opens, or the reader learns why not. */
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';

const getBrowser = useBrowser();

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return (await readFile((await file.path())!)).toString('utf8');
}

describe('figure export faults', () => {
  it('a label with a non-breaking space still saves as SVG that parses, and as PNG', async () => {
    const context = await getBrowser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    const label = page.locator('.node[data-id="bdnf"] text').first();
    await label.waitFor();
    await label.evaluate((text) => (text.textContent = 'BDNF\u00a0release'));

    const diagram = page.getByRole('group', { name: 'Save the cascade diagram' });
    const svg = await download(page, () =>
      diagram.getByRole('button', { name: 'Save SVG' }).click(),
    );
    const parsed = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.textContent).toContain('BDNF\u00a0release');

    const png = await download(page, () =>
      diagram.getByRole('button', { name: /Save PNG/ }).click(),
    );
    expect(png.slice(1, 4)).toBe('PNG');
    await context.close();
  });

  it('a PNG the browser cannot write says so, not that the frame is locked down', async () => {
    const context = await getBrowser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    await page.locator('.node').first().waitFor();
    // A canvas too large for the browser hands back no image.
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = function (callback) {
        callback(null);
      };
    });
    const diagram = page.getByRole('group', { name: 'Save the cascade diagram' });
    await diagram.getByRole('button', { name: /Save PNG/ }).click();
    await expect
      .poll(() => diagram.getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/could not be saved: the image \(\d+×\d+ px\) is too large for this browser/);
    await context.close();
  });
});
