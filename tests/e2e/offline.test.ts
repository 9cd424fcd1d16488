import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { findingRows, useThePage } from './page.ts';

const getBrowser = useBrowser();
const offlineFile = (folder = 'dist') =>
  pathToFileURL(resolve(folder, 'plasticity-window-offline.html')).href;

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
    await page.goto(offlineFile());
    await useThePage(page);
    await page.locator('.timeline-figure svg').first().waitFor();
    expect(await page.locator('.diagram-frame .node').count()).toBeGreaterThan(10);
    await expect.poll(() => findingRows(page).count()).toBeGreaterThan(10);
    expect(await page.getByRole('link', { name: 'Download the offline copy' }).count()).toBe(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has a Spanish copy, offered by the Spanish page, that stays Spanish from disk', async () => {
    const site = await getBrowser().newPage();
    await site.goto(`${inject('siteUrl')}es/`, { waitUntil: 'networkidle' });
    // The link is in the footer, drawn when a reader could reach it.
    await useThePage(site);
    const link = site.getByRole('link', { name: 'Descargar la copia sin conexión' });
    expect(new URL((await link.getAttribute('href'))!, site.url()).pathname).toMatch(
      /\/es\/plasticity-window-offline\.html$/,
    );
    await site.close();
    // From disk, in a browser that prefers English and with no network: one file, one language.
    const context = await getBrowser().newContext({ locale: 'en-US' });
    await context.route(/^(?!file:|data:)/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(offlineFile('dist/es'));
    await expect.poll(() => page.locator('#diagram-heading').textContent()).toBe('La cascada');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(new URL(page.url()).pathname).toMatch(/\/dist\/es\/plasticity-window-offline\.html$/);
    await context.close();
  });

  it('offers no Embed, which would write its local file:/// path into a snippet', async () => {
    const page = await getBrowser().newPage();
    await page.goto(offlineFile());
    await useThePage(page);
    await page.locator('.diagram-frame .node').first().waitFor();
    await page.getByRole('button', { name: 'About the evidence' }).waitFor();
    expect(await page.getByRole('button', { name: 'Embed' }).count()).toBe(0);
    expect(await page.content()).not.toContain('file:///');
    await page.close();
  });

  it('has its own policy: hashes for its inline script and styles, and nothing else runs', async () => {
    const page = await getBrowser().newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.sample}`),
      );
    });
    await page.goto(offlineFile());
    await useThePage(page);
    await page.locator('.timeline-figure svg').first().waitFor();
    const policy = await page.evaluate(
      () =>
        document
          .querySelector('meta[http-equiv="Content-Security-Policy"]')
          ?.getAttribute('content') ?? '',
    );
    expect(policy).toMatch(/script-src 'sha256-[\w+/=]+'/);
    expect(policy).toMatch(/style-src 'sha256-[\w+/=]+'/);
    expect(policy).not.toContain('unsafe');
    // The chart (Plot) and an export draw into the page under it without a violation.
    await page.getByRole('button', { name: 'Show the chart' }).dispatchEvent('click');
    await page.locator('.chart-figure svg [data-finding]').first().waitFor();
    const diagram = page.getByRole('group', { name: 'Save the cascade diagram' });
    await Promise.all([
      page.waitForEvent('download'),
      diagram.getByRole('button', { name: /Save PNG/ }).click(),
    ]);
    await expect
      .poll(() => diagram.getByRole('status').textContent(), { timeout: 15_000 })
      .toMatch(/^Saved/);
    expect(violations).toEqual([]);

    const injected = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(injected).toBe(false);
    await page.close();
  });

  it('below the supported browsers, shows the start-up message (its inline check is allowed)', async () => {
    const page = await getBrowser().newPage();
    await page.addInitScript('delete window.ResizeObserver');
    await page.goto(offlineFile());
    const message = page.getByRole('alert').filter({ hasText: 'could not start' });
    await expect.poll(() => message.isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await message.textContent()).toContain('it lacks ResizeObserver.');
    await page.close();
  });

  it('is offered as a download from the site', async () => {
    const page = await getBrowser().newPage();
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    // The link is in the footer, drawn when a reader could reach it.
    await useThePage(page);
    const link = page.getByRole('link', { name: 'Download the offline copy' });
    const response = await page.request.get(
      new URL((await link.getAttribute('href'))!, page.url()).href,
    );
    expect(response.status()).toBe(200);
    expect((await response.body()).length).toBeGreaterThan(100_000);
    await page.close();
  });
});
