import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';
import { useThePage } from './page.ts';

const data = realData();
const getBrowser = useBrowser();

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

describe('exports', () => {
  it('saves the diagram and the timeline as titled SVG and 2× PNG, and the evidence as CSV, BibTeX and RIS', async () => {
    const context = await getBrowser().newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    await useThePage(page);
    await page.locator('.timeline-figure svg').first().waitFor();

    const diagram = page.getByRole('group', { name: 'Save the cascade diagram' });
    const svg = await download(page, () =>
      diagram.getByRole('button', { name: 'Save SVG' }).click(),
    );
    expect(svg.name).toMatch(/^plasticity-window-cascade-\d{4}-\d{2}-\d{2}\.svg$/);
    const svgText = svg.body.toString('utf8');
    expect(svgText).toContain('from entry points to new synapses');
    expect(svgText).toContain('every step cites primary studies');
    expect(svgText).not.toContain('var(--');
    // It parses as XML on its own, outside the page.
    const parsed = new JSDOM(svgText, { contentType: 'image/svg+xml' }).window.document;
    expect(parsed.documentElement.nodeName).toBe('svg');
    for (const label of ['5-HT2A receptor', 'Glutamate surge', 'BDNF', 'TrkB receptor']) {
      expect(svgText).toContain(label);
    }

    const png = await download(page, () =>
      diagram.getByRole('button', { name: /Save PNG/ }).click(),
    );
    expect(png.body.subarray(1, 4).toString()).toBe('PNG');
    const pngWidth = png.body.readUInt32BE(16);
    const svgWidth = Number(/width="([\d.]+)"/.exec(svgText)![1]);
    expect(pngWidth).toBe(Math.ceil(svgWidth * 2));

    const timeline = page.getByRole('group', { name: 'Save the timeline' });
    const tsvg = await download(page, () =>
      timeline.getByRole('button', { name: 'Save SVG' }).click(),
    );
    expect(tsvg.body.toString('utf8')).toContain('After one dose');
    expect(
      new JSDOM(tsvg.body.toString('utf8'), { contentType: 'image/svg+xml' }).window.document
        .documentElement.nodeName,
    ).toBe('svg');

    const evidence = page.getByRole('group', { name: 'Save the evidence' });
    const csv = await download(page, () =>
      evidence.getByRole('button', { name: /CSV of all/ }).click(),
    );
    expect(csv.body.toString('utf8').trimEnd().split('\r\n')).toHaveLength(
      data.findings.length + 1,
    );
    const bib = await download(page, () =>
      evidence.getByRole('button', { name: 'BibTeX' }).click(),
    );
    expect(bib.body.toString('utf8').match(/@article\{/g)).toHaveLength(data.studies.length);
    const ris = await download(page, () => evidence.getByRole('button', { name: 'RIS' }).click());
    expect(ris.name.endsWith('.ris')).toBe(true);
    await context.close();
  });
});
