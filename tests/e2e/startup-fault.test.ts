/**
 * When the explorer cannot start, the page says so in words from index.html itself: when its
 * code does not arrive, and in a browser below the supported baseline. And an embed that shows
 * one view downloads the code of no other.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';

const getBrowser = useBrowser();

async function newPage(): Promise<Page> {
  const context = await getBrowser().newContext({ viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

/** The start-up message, as a reader sees it (role alert, from index.html). */
const faultMessage = (page: Page) =>
  page.getByRole('alert').filter({ hasText: 'The Plasticity Window could not start' });

describe('when the explorer cannot start', () => {
  it.each([
    { part: 'the entry chunk', file: /\/assets\/index-[\w-]+\.js$/ },
    // Named after its first module, which the build chooses: index-client (svelte's) or disclose-version.
    {
      part: 'the Svelte runtime chunk it imports',
      file: /\/assets\/(?:disclose-version|index-client)-[\w-]+\.js$/,
    },
  ])('$part failing to load shows the message, not a blank page', async ({ file }) => {
    const page = await newPage();
    let blocked = 0;
    await page.route(file, (route) => {
      blocked++;
      return route.abort();
    });
    await page.goto(inject('siteUrl'));
    await expect.poll(() => faultMessage(page).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(blocked).toBeGreaterThan(0);
    expect(await page.locator('#startup-reason').textContent()).toContain('did not load');
    await page.context().close();
  });

  it.each([
    { feature: 'ResizeObserver', remove: 'delete window.ResizeObserver' },
    { feature: 'structuredClone', remove: 'delete window.structuredClone' },
    { feature: 'Array.prototype.at', remove: 'delete Array.prototype.at' },
    {
      feature: 'HTMLDialogElement.showModal',
      remove: 'delete HTMLDialogElement.prototype.showModal',
    },
  ])('a browser without $feature gets the message, naming it', async ({ feature, remove }) => {
    const page = await newPage();
    await page.addInitScript(remove);
    await page.goto(inject('siteUrl'));
    await expect.poll(() => faultMessage(page).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await faultMessage(page).textContent()).toContain(`it lacks ${feature}.`);
    // The explorer does not start half-way beside it; the text version stays to be read.
    expect(await page.locator('#app').innerHTML()).toBe('');
    expect(await page.locator('#reading').isVisible()).toBe(true);
    await page.context().close();
  });

  it('a browser that can start it never sees the message, not even for a moment', async () => {
    const page = await newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { faultShown: boolean };
      w.faultShown = false;
      new MutationObserver((records) => {
        if (records.some((r) => (r.target as Element).id === 'startup-fault'))
          w.faultShown = !(document.getElementById('startup-fault')?.hidden ?? true);
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
    });
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    await page.locator('.diagram-frame .node').first().waitFor();
    expect(await page.locator('#startup-fault').isHidden()).toBe(true);
    expect(
      await page.evaluate(() => (window as unknown as { faultShown: boolean }).faultShown),
    ).toBe(false);
    await page.context().close();
  });
});

describe('when the explorer cannot start, in Spanish', () => {
  /** The Spanish message: index.html's template, which startup-check.js puts in place. */
  const spanishFault = (page: Page) =>
    page.getByRole('alert').filter({ hasText: 'no ha podido arrancar' });

  it('says so in Spanish when the link asks for Spanish and the code does not load', async () => {
    const page = await newPage();
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${inject('siteUrl')}?lang=es`);
    await expect.poll(() => spanishFault(page).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('#startup-reason').textContent()).toContain('no se ha cargado');
    expect(await spanishFault(page).getAttribute('lang')).toBe('es');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    // Not beside the English one.
    expect(await faultMessage(page).count()).toBe(0);
    await page.context().close();
  });

  it('names what an old browser lacks, in Spanish, for a browser that prefers Spanish', async () => {
    const context = await getBrowser().newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.addInitScript('delete window.ResizeObserver');
    await page.goto(inject('siteUrl'));
    await expect.poll(() => spanishFault(page).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.locator('#startup-reason').textContent()).toBe(
      'Este navegador es más antiguo de lo que necesita el explorador: le falta ResizeObserver.',
    );
    await context.close();
  });

  it('keeps English for ?lang=en, even in a browser that prefers Spanish', async () => {
    const context = await getBrowser().newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(`${inject('siteUrl')}?lang=en`);
    await expect.poll(() => faultMessage(page).isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await spanishFault(page).count()).toBe(0);
    await context.close();
  });
});

describe('an embed showing only the diagram', () => {
  it('downloads no code of the views it does not show', async () => {
    const page = await newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${inject('siteUrl')}?embed=1&view=diagram`, { waitUntil: 'networkidle' });
    // The diagram's own later code has arrived, so the list is complete.
    await expect
      .poll(() => fetched.some((path) => /\/DetailPanel-[\w-]+\.js$/.test(path)))
      .toBe(true);
    await page.locator('.detail').first().waitFor();
    const otherViews = fetched.filter((path) =>
      /\/(Timeline|EvidenceTable|ChartSection|EvidenceChart|LearnSection|d3-scale)-[\w-]+\.(js|css)$/.test(
        path,
      ),
    );
    expect(otherViews).toEqual([]);
    await page.context().close();
  });
});
