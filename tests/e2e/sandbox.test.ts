/**
 * The explorer inside a frame sandboxed with `allow-scripts` only, the strictest frame it
 * supports: no forms, no downloads, no popups, an opaque origin.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';

const getBrowser = useBrowser();
let host: Server;
let hostHtml = '';
let hostOrigin: string;

beforeAll(async () => {
  host = createServer((_, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end(hostHtml),
  );
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}/`;
});
afterAll(() => host?.close());

/** A host page on another origin framing the site; every console error is collected. */
async function openFramed(query: string): Promise<{ page: Page; errors: string[] }> {
  hostHtml = `<!doctype html><html lang="en"><title>Host</title><body>
    <iframe title="The Plasticity Window" src="${inject('siteUrl')}${query}" sandbox="allow-scripts"
      style="width:1000px;height:900px;border:0"></iframe></body></html>`;
  const context = await getBrowser().newContext({ viewport: { width: 1040, height: 960 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(hostOrigin);
  return { page, errors };
}

describe('dialogs in a frame sandboxed with allow-scripts only', () => {
  it.each([
    { query: '?theme=light', button: 'About the evidence' },
    { query: '?theme=light', button: 'Embed' },
    { query: '?embed=1', button: 'About the evidence' },
  ])('$button ($query) closes with its Close button', async ({ query, button }) => {
    const { page, errors } = await openFramed(query);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('button', { name: button, exact: true }).click();
    const dialog = frame.locator('dialog[open]');
    await dialog.waitFor();
    if (button === 'Embed') {
      // Enter in a field of the dialog submits nothing either.
      await dialog.getByRole('spinbutton', { name: /Starting height/ }).press('Enter');
    }
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => frame.locator('dialog[open]').count(), { timeout: 10_000 }).toBe(0);
    expect(errors.filter((e) => /form submission/i.test(e))).toEqual([]);
    await page.context().close();
  });
});

describe('downloads in a frame sandboxed with allow-scripts only', () => {
  it('an export does not claim the file was saved, and names allow-downloads', async () => {
    const { page } = await openFramed('?theme=light');
    const frame = page.frameLocator('iframe');
    const diagram = frame.getByRole('group', { name: 'Save the cascade diagram' });
    await diagram.getByRole('button', { name: 'Save SVG' }).click();
    await expect
      .poll(() => diagram.getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('allow-downloads');
    expect(await diagram.getByRole('status').textContent()).not.toMatch(/^Saved/);
    const evidence = frame.getByRole('group', { name: 'Save the evidence' });
    await evidence.getByRole('button', { name: 'BibTeX' }).click();
    await expect
      .poll(() => evidence.getByRole('status').textContent(), { timeout: 15_000 })
      .toContain('allow-downloads');
    await page.context().close();
  });
});
