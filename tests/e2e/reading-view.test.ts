/**
 * The text version in index.html (decision 0012): what a reader reads when the explorer's
 * scripts do not run, and never sees when they do.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDataDir } from '../../scripts/data-files.ts';
import { localize } from '../../src/lib/model/localize.ts';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';
import { AXE_BUDGET, axeViolations, layoutShifts } from './page.ts';
import { startStaticServer, SUB_PATH } from './static-server.ts';

const data = realData();
// The same content in Spanish, as the Spanish build shows it (vite.config.ts).
const spanish = (() => {
  const { dataset, translations } = loadDataDir(resolve('data'));
  return localize(dataset!, translations!.get('es')!.overlay).dataset;
})();
const getBrowser = useBrowser();

async function withoutScripts(viewport: { width: number; height: number }): Promise<Page> {
  const context = await getBrowser().newContext({ viewport, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(inject('siteUrl'));
  return page;
}

/** The addresses of the page's links to a study (its DOI or its PubMed record), each once. */
const studyLinks = (page: Page) =>
  page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .map((a) => a.href)
        .filter((href) => /^https:\/\/(doi\.org|pubmed\.ncbi\.nlm\.nih\.gov)\//.test(href)),
    ),
  ]);

describe('with JavaScript off', () => {
  it('a reader finds every step with its explanation, and the studies as links', async () => {
    const page = await withoutScripts({ width: 1280, height: 800 });
    const reading = page.locator('#reading');
    await expect.poll(() => reading.isVisible()).toBe(true);
    for (const node of data.nodes) {
      const step = reading.getByRole('region', { name: node.label, exact: true });
      expect(await step.isVisible(), node.label).toBe(true);
      expect(await step.textContent()).toContain(node.explanation);
    }
    // Where each drug enters, and the diagram, with every step's short name drawn in it.
    for (const name of ['Psilocybin', 'Ketamine / esketamine', 'MDMA'])
      expect(await reading.locator('li', { hasText: name }).count()).toBeGreaterThan(0);
    const diagram = reading.getByRole('img', { name: /^The cascade/ });
    const drawn = await diagram.locator('.node text').allTextContents();
    for (const node of data.nodes) expect(drawn).toContain(node.short);
    expect((await studyLinks(page)).length).toBeGreaterThanOrEqual(50);
    // The window after a dose: every phase of the timeline, with when it runs.
    const timeline = reading.getByRole('region', { name: 'After one dose: the timeline' });
    for (const event of data.events)
      expect(await timeline.getByText(event.label, { exact: false }).count()).toBeGreaterThan(0);
    expect(await reading.getByRole('heading', { name: 'Safety and risks' }).isVisible()).toBe(true);
    // The note says why.
    const note = reading.locator('.reading-note');
    expect(await note.textContent()).toContain('need JavaScript');
    await page.context().close();
  });

  it('a Spanish reader follows the link to the text version in Spanish, and back', async () => {
    const page = await withoutScripts({ width: 375, height: 667 });
    await page.locator('#reading .reading-note a[hreflang="es"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    const reading = page.locator('#reading');
    expect(await reading.locator('.reading-note').textContent()).toContain('necesitan JavaScript');
    for (const node of spanish.nodes) {
      const step = reading.getByRole('region', { name: node.label, exact: true });
      expect(await step.textContent(), node.label).toContain(node.explanation);
    }
    expect((await studyLinks(page)).length).toBeGreaterThanOrEqual(50);
    expect(await reading.getByRole('heading', { name: 'Seguridad y riesgos' }).isVisible()).toBe(
      true,
    );
    await reading.locator('.reading-note a[hreflang="en"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.context().close();
  });

  it.each([
    { width: 320, height: 640 },
    { width: 1280, height: 800 },
  ])('at $width px nothing leaves the screen sideways but the scrolling diagram', async (size) => {
    const page = await withoutScripts(size);
    await page.locator('#reading').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(size.width);
    // The drawing keeps its size, so its words stay at the explorer's 14 px; its box scrolls.
    const fontSize = await page
      .locator('#reading .node text')
      .first()
      .evaluate((t) => parseFloat(getComputedStyle(t).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(14);
    await page.context().close();
  });

  // axe needs scripts, so it reads the same text version where the explorer's code failed.
  it.each(['light', 'dark'] as const)(
    'axe finds no violation in the %s scheme, where the code did not load',
    async (colorScheme) => {
      const context = await getBrowser().newContext({ colorScheme });
      const page = await context.newPage();
      await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
      await page.goto(inject('siteUrl'));
      await page.getByRole('alert').waitFor();
      expect(await page.locator('#reading').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    },
    AXE_BUDGET,
  );
});

describe('in a frame sandboxed with allow-scripts, on a host that sends no CORS header', () => {
  let site: Server;
  let host: Server;
  let hostUrl: string;
  beforeAll(async () => {
    const started = await startStaticServer(resolve(import.meta.dirname, '../../dist'), {
      'access-control-allow-origin': null,
    });
    site = started.server;
    const framed = `${started.origin}${SUB_PATH}`;
    host = createServer((_, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end(
        `<!doctype html><html lang="en"><title>Host</title><body>
          <iframe title="The Plasticity Window" src="${framed}" sandbox="allow-scripts"
            style="width:1000px;height:900px;border:0"></iframe></body></html>`,
      ),
    );
    await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
    // Another origin than the site's (localhost, not 127.0.0.1).
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
  });
  afterAll(() => {
    site?.close();
    host?.close();
  });

  it("the module scripts fail, and the reader reads the cascade's text, styled", async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1040, height: 960 } });
    const page = await context.newPage();
    await page.goto(hostUrl);
    const frame = page.frameLocator('iframe');
    // The explorer did not start: the message says so, above the text version.
    await expect
      .poll(() => frame.getByRole('alert').textContent(), { timeout: 15_000 })
      .toContain('could not start');
    for (const node of data.nodes)
      expect(
        await frame.getByRole('heading', { name: node.label, exact: true }).isVisible(),
        node.label,
      ).toBe(true);
    // The stylesheet is fetched without CORS, so the text version keeps its look.
    const border = await frame
      .locator('.reading-note')
      .evaluate((note) => getComputedStyle(note).borderLeftWidth);
    expect(border).toBe('4px');
    await context.close();
  });
});

describe('with scripts running', () => {
  it.each(['', '?lang=es'])(
    'the text version is never shown, and goes once the explorer is drawn (%s)',
    async (query) => {
      const context = await getBrowser().newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      // By the time the parser is done, the entry (which blocks the first paint) has run.
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          const reading = document.getElementById('reading');
          (window as unknown as { readingShown: boolean }).readingShown =
            reading !== null && !reading.hidden;
        });
      });
      await page.goto(`${inject('siteUrl')}${query}`);
      await page.locator('.diagram-frame .node').first().waitFor();
      const shown = await page.evaluate(
        () => (window as unknown as { readingShown: boolean }).readingShown,
      );
      expect(shown).toBe(false);
      expect(await page.locator('#reading').count()).toBe(0);
      // One heading of the page, one main: the explorer's own.
      expect(await page.locator('h1:visible').count()).toBe(1);
      expect(await page.locator('main').count()).toBe(1);
      expect(problems).toEqual([]);
      // Nothing moved as the explorer took the text version's place.
      expect(await layoutShifts(page)).toEqual([]);
      await context.close();
    },
  );
});
