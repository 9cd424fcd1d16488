import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { findingRows } from './page.ts';

const getBrowser = useBrowser();

describe('the offline copy', () => {
  it('opens from disk with no network and shows all three views', async () => {
    const context = await getBrowser().newContext();
    const requests: string[] = [];
    // No network at all: anything that is not the file itself (or inline data) fails.
    await context.route(/^(?!file:|data:)/, (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const file = pathToFileURL(resolve('dist/plasticity-window-offline.html')).href;
    await page.goto(file);
    await page.locator('.timeline-figure svg').first().waitFor();
    expect(await page.locator('.diagram-frame .node').count()).toBeGreaterThan(10);
    expect(await findingRows(page).count()).toBeGreaterThan(10);
    expect(await page.getByRole('link', { name: 'Download the offline copy' }).count()).toBe(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is offered as a download from the site', async () => {
    const page = await getBrowser().newPage();
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    const link = page.getByRole('link', { name: 'Download the offline copy' });
    const response = await page.request.get(
      new URL((await link.getAttribute('href'))!, page.url()).href,
    );
    expect(response.status()).toBe(200);
    expect((await response.body()).length).toBeGreaterThan(100_000);
    await page.close();
  });
});
