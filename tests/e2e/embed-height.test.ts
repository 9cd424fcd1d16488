/**
 * The height an embedded explorer posts to its host. Chromium runs here with classic
 * scrollbars (the Windows default), which headless Chromium otherwise hides: a scrollbar
 * that comes and goes with the frame's height is what made the height loop forever.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { embedSnippet } from '../../src/lib/state/embedSnippet.ts';
import { CHROMIUM_ARGS } from './chromium.ts';

let browser: Browser;
let host: Server;
let hostOrigin: string;
let hostHtml = '';

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: inject('chromiumPath'),
    args: CHROMIUM_ARGS,
    headless: true,
    // Playwright adds --hide-scrollbars to headless Chromium; keep the scrollbars.
    ignoreDefaultArgs: ['--hide-scrollbars'],
  });
  host = createServer((_, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end(hostHtml),
  );
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  // localhost, not 127.0.0.1: the host page lives on another origin than the site.
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  host?.close();
});

interface Message {
  /** Milliseconds after the frame's load event (negative when before it). */
  at: number;
  data: { type?: string; subject?: string; height?: number };
}

/**
 * A host page with the README's snippet (frame and script) unchanged but for the width of
 * its column, recording every message the frame sends and when.
 */
async function openHost(query: string, width: number): Promise<Page> {
  const snippet = embedSnippet(inject('siteUrl'), {
    views: ['diagram', 'timeline', 'table'],
    compound: null,
    evidence: 'all',
    step: null,
    theme: null,
    height: 700,
    autoHeight: true,
  })
    .replace(
      /src="[^"]*"/,
      `src="${inject('siteUrl')}${query}" onload="window.loadedAt = performance.now()"`,
    )
    .replace('loading="lazy" ', '');
  hostHtml = `<!doctype html><html lang="en"><title>Host</title><body style="margin:0">
    <script>window.messages = []; addEventListener('message', (e) => {
      window.messages.push({ time: performance.now(), data: e.data });
    });</script>
    <div style="width:${width}px">${snippet}</div>
  </body></html>`;
  const context = await browser.newContext({ viewport: { width: width + 40, height: 800 } });
  const page = await context.newPage();
  await page.goto(hostOrigin);
  return page;
}

/** Waits until `ms` after the frame's load event, then returns every message, timed from it. */
async function messagesUntil(page: Page, ms: number): Promise<Message[]> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const w = window as unknown as { loadedAt?: number };
          return w.loadedAt === undefined ? 0 : performance.now() - w.loadedAt;
        }),
      { timeout: ms + 30_000, interval: 250 },
    )
    .toBeGreaterThanOrEqual(ms);
  return page.evaluate(() => {
    const w = window as unknown as {
      loadedAt: number;
      messages: { time: number; data: Message['data'] }[];
    };
    return w.messages.map((m) => ({ at: m.time - w.loadedAt, data: m.data }));
  });
}

const heights = (messages: Message[]) =>
  messages.filter((m) => m.data?.type === 'plasticity-window:height');

const lti = (messages: Message[]) => messages.filter((m) => m.data?.subject === 'lti.frameResize');

describe('embed height with classic scrollbars', () => {
  const cases = [
    ...[1200, 1195].map((width) => ({ query: '?embed=1', width })),
    ...[300, 301, 302, 303, 304, 305].map((width) => ({
      query: '?compound=psilocybin&view=diagram,timeline&embed=1',
      width,
    })),
  ];
  it.each(cases)(
    '$query at $width px settles: the last height arrives within a second of loading',
    async ({ query, width }) => {
      const page = await openHost(query, width);
      const all = await messagesUntil(page, 3000);
      const posted = heights(all);
      const summary = posted.map((m) => `${m.data.height} at ${Math.round(m.at)} ms`);
      expect(posted.length, summary.join(', ')).toBeGreaterThan(0);
      expect(posted.at(-1)!.at, summary.join(', ')).toBeLessThan(1000);
      // The first height is the final one, and each comes with the LTI message beside it.
      expect(new Set(posted.map((m) => m.data.height)).size, summary.join(', ')).toBe(1);
      expect(lti(all).map((m) => m.data.height)).toEqual(posted.map((m) => m.data.height));
      // The frame ends exactly as tall as its content, with nothing left to scroll.
      const frame = page.frames()[1]!;
      const scrollable = await frame.evaluate(
        () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
      );
      expect(scrollable).toBeLessThanOrEqual(0);
      await page.context().close();
    },
    60_000,
  );
});

/** Messages received after the host's clock passed `since`, once `ms` more have gone by. */
async function messagesAfter(page: Page, since: number, ms: number): Promise<Message[]> {
  await expect
    .poll(() => page.evaluate(() => performance.now()), { timeout: ms + 30_000, interval: 250 })
    .toBeGreaterThanOrEqual(since + ms);
  const all = await page.evaluate(() => {
    const w = window as unknown as { messages: { time: number; data: Message['data'] }[] };
    return w.messages.map((m) => ({ at: m.time, data: m.data }));
  });
  return all.filter((m) => m.at > since);
}

describe('embed height while using the explorer', () => {
  it('selecting a step posts no height larger than the one it settles at', async () => {
    const page = await openHost('?embed=1', 375);
    await messagesUntil(page, 1500);
    const frame = page.frameLocator('iframe');
    const clickedAt = await page.evaluate(() => performance.now());
    await frame.locator('.node[data-id="bdnf"]').click();
    await frame.locator('.detail h3', { hasText: 'BDNF' }).waitFor();
    const posted = heights(await messagesAfter(page, clickedAt, 1500));
    const contentHeight = await page
      .frames()[1]!
      .evaluate(() => Math.ceil(document.querySelector('.page')!.getBoundingClientRect().height));
    const summary = posted.map((m) => m.data.height).join(', ');
    for (const m of posted) expect(m.data.height, summary).toBeLessThanOrEqual(contentHeight);
    await page.context().close();
  }, 90_000);

  it('the tour posts no height: it fills the frame it has', async () => {
    const page = await openHost('?embed=1&step=2', 600);
    const frame = page.frameLocator('iframe');
    await frame.getByText(/^Step 2 of/).waitFor();
    expect(heights(await messagesUntil(page, 2000))).toEqual([]);
    // Leaving the tour posts the height again, and the host sizes the frame to it.
    const leftAt = await page.evaluate(() => performance.now());
    await frame.getByRole('button', { name: /^Leave/ }).click();
    await expect
      .poll(async () => heights(await messagesAfter(page, leftAt, 0)).length, { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.context().close();
  }, 90_000);
});
