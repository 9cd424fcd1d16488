import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { axeViolations } from './page.ts';

const getBrowser = useBrowser();
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const VIEW = '?compound=psilocybin&focus=node:bdnf';

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return (await readFile((await file.path())!)).toString('utf8');
}

async function open(url: string) {
  const context = await getBrowser().newContext({
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  return page;
}

describe('cite this view', () => {
  it('gives the version, today’s date and the permalink of the selection (never embed mode), as text, BibTeX and RIS', async () => {
    // Opened in an embed: the link it cites is the full explorer's.
    const page = await open(`${inject('siteUrl')}${VIEW}&embed=1`);
    await page.getByRole('button', { name: 'Cite this view' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite this view' });
    const link = `${inject('siteUrl')}${VIEW}`;
    await expect.poll(() => dialog.getByLabel('Link to this view').inputValue()).toBe(link);
    const text = await dialog.getByLabel('Citation').inputValue();
    expect(text).toContain(`version ${version}`);
    expect(text).toContain(link);
    expect(text).toMatch(/Accessed \d{4}-\d{2}-\d{2}\./);
    expect(text).toContain('view: Psilocybin; BDNF');
    expect(await axeViolations(page, 'dialog')).toEqual([]);

    const bib = await download(page, () =>
      dialog.getByRole('button', { name: 'Save BibTeX' }).click(),
    );
    expect(bib).toMatch(/^@misc\{/);
    expect(bib).toContain(`url = {${link}}`);
    expect(bib).toContain(`version = {${version}}`);
    const ris = await download(page, () =>
      dialog.getByRole('button', { name: 'Save RIS' }).click(),
    );
    expect(ris).toContain(`UR  - ${link}`);
    expect(ris).toContain(`ET  - ${version}`);

    // Closing returns to the button that opened it.
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Cite this view');
    await page.context().close();
  }, 60_000);

  it('an exported SVG carries the same citation line', async () => {
    const page = await open(`${inject('siteUrl')}${VIEW}`);
    const diagram = page.getByRole('group', { name: 'Save the cascade diagram' });
    const svg = await download(page, () =>
      diagram.getByRole('button', { name: 'Save SVG' }).click(),
    );
    const doc = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    const line = doc.querySelector('text.figure-citation')?.textContent ?? '';
    expect(line).toMatch(
      new RegExp(
        `^Cite: The Plasticity Window team, The Plasticity Window, version ${version.replaceAll('.', '\\.')}, accessed \\d{4}-\\d{2}-\\d{2}, `,
      ),
    );
    expect(line.endsWith(`${inject('siteUrl')}${VIEW}`)).toBe(true);
    await page.context().close();
  });
});
