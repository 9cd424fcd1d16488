import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { AXE_BUDGET, axeViolations, openSite } from './page.ts';

const getBrowser = useBrowser();

describe('embedding', () => {
  it(
    'works in a sandboxed iframe on another origin at 420 px, shows only the chosen views and posts its height',
    async () => {
      // The host page lives on its own origin (localhost, not 127.0.0.1), like a school's site.
      const src = `${inject('siteUrl')}?embed=1&view=timeline,table&compound=psilocybin`;
      const hostHtml = `<!doctype html><html lang="en"><title>Host</title><body>
      <script>window.heights = []; addEventListener('message', (e) => {
        if (e.data && e.data.type === 'plasticity-window:height') window.heights.push(e.data.height);
      });</script>
      <iframe title="The Plasticity Window" src="${src}" sandbox="allow-scripts" style="width:420px;height:400px;border:0"></iframe>
    </body></html>`;
      const host = createServer((_, response) =>
        response.writeHead(200, { 'content-type': 'text/html' }).end(hostHtml),
      );
      await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
      const port = (host.address() as AddressInfo).port;

      const context = await getBrowser().newContext({ viewport: { width: 900, height: 700 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://localhost:${port}/`);
      const frame = page.frameLocator('iframe');
      await frame.locator('.timeline-figure svg').first().waitFor();
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0),
        )
        .toBeGreaterThan(400);
      expect(await frame.locator('section.diagram').count()).toBe(0);
      expect(await frame.locator('section.timeline').count()).toBe(1);
      expect(await frame.locator('section.evidence').count()).toBe(1);
      const full = frame.getByRole('link', { name: /Open the full explorer/ });
      expect(await full.getAttribute('target')).toBe('_blank');
      expect(await full.getAttribute('href')).not.toContain('embed=1');
      // Measured once the views have laid out, as a reader would see the frame.
      await expect
        .poll(() => frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth))
        .toBeLessThanOrEqual(0);
      expect(await axeViolations(page, undefined, undefined, { sandboxed: true })).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
      host.close();
    },
    AXE_BUDGET,
  );

  it('fits a 320 px column with no horizontal scrolling', async () => {
    const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?embed=1`, {
      width: 320,
      height: 600,
    });
    await page.locator('.timeline-figure svg').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('themes', () => {
  it(
    'projector: 24 px body text at 1920×1080 and contrast of at least 7:1',
    async () => {
      const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?theme=projector`, {
        width: 1920,
        height: 1080,
      });
      await page.locator('.timeline-figure svg').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('projector');
      const size = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector('.detail p')!).fontSize),
      );
      expect(size).toBeGreaterThanOrEqual(24);
      expect(await axeViolations(page, undefined, ['color-contrast-enhanced'])).toEqual([]);
      await page.context().close();
    },
    AXE_BUDGET,
  );

  it.each(['light', 'dark', 'projector'])(
    'axe finds no violation in the %s theme',
    async (theme) => {
      const { page } = await openSite(
        getBrowser(),
        `${inject('siteUrl')}?theme=${theme}&focus=node:bdnf`,
      );
      await page.locator('.timeline-figure svg').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
    AXE_BUDGET,
  );

  it(
    'the theme control switches themes and the URL keeps the choice',
    async () => {
      const { page } = await openSite(getBrowser(), inject('siteUrl'));
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
        .toBe('dark');
      await expect.poll(() => new URL(page.url()).search).toBe('?theme=dark');
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
    AXE_BUDGET,
  );
});
