import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { findingsForNode } from '../../src/lib/model/graph.ts';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';
import { axeViolations, matchingFindings, openSite, useThePage } from './page.ts';

const data = realData();
const getBrowser = useBrowser();
const search = (url: string) => new URL(url).search;

/** Scrolls to the chart's place and waits for Plot's figure. */
async function showChart(page: Page) {
  await page.locator('.evidence-chart').scrollIntoViewIfNeeded();
  await page.locator('.chart-figure svg [data-finding]').first().waitFor({ timeout: 20_000 });
}
const mark = (page: Page, id: string) => page.locator(`.chart-figure [data-finding="${id}"]`);
const marksWith = (page: Page, state: string) =>
  page
    .locator(`.chart-figure [data-finding].${state}`)
    .evaluateAll((marks) => marks.map((m) => m.getAttribute('data-finding')!).sort());

describe('evidence at a glance (Observable Plot)', () => {
  it('loads its code only when it nears the screen, then draws one named mark per finding', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    await useThePage(page);
    await page.locator('.evidence-chart').waitFor();
    const chartChunk = (path: string) => /\/EvidenceChart-[\w-]+\.js$/.test(path);
    expect(requested.filter(chartChunk)).toEqual([]);
    expect(await page.locator('.chart-figure').count()).toBe(0);

    await showChart(page);
    expect(requested.filter(chartChunk)).toHaveLength(1);
    const names = await page
      .locator('.chart-figure [data-finding]')
      .evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label')));
    expect(names).toHaveLength(data.findings.length);
    expect(names).toContain(
      'Hesselgrave et al. 2021; 5-HT2A receptor; animal; mouse; n not given; against the step',
    );
    await context.close();
  });

  it('opens with its button before it scrolls into view', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'), { width: 375, height: 667 });
    // A real scroll to it would wake the chart by itself; press the button where it stands.
    await page
      .getByRole('button', { name: 'Show the chart' })
      .evaluate((b: HTMLElement) => b.click());
    await page.locator('.chart-figure svg [data-finding]').first().waitFor();
    await page.context().close();
  });

  it('a press on a mark selects its finding in the table, the diagram, the timeline and the URL', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    await showChart(page);
    await mark(page, 'shao2021-spines').click();
    await expect.poll(() => search(page.url())).toBe('?focus=finding:shao2021-spines');
    await expect.poll(() => matchingFindings(page)).toBe(1);
    await expect.poll(() => page.locator('.node.highlighted[data-id="spines"]').count()).toBe(1);
    const bar = page.locator('.timeline-figure rect[data-event="psilocybin-spine-formation"]');
    expect(await bar.first().getAttribute('class')).not.toContain('faded');
    expect(await page.locator('.timeline-figure rect.faded').count()).toBeGreaterThan(0);
    await expect
      .poll(() => mark(page, 'shao2021-spines').getAttribute('aria-pressed'))
      .toBe('true');
    expect(await marksWith(page, 'dimmed')).toHaveLength(data.findings.length - 1);

    // A second press clears the selection.
    await mark(page, 'shao2021-spines').click();
    await expect.poll(() => search(page.url())).toBe('');
    expect(await marksWith(page, 'dimmed')).toEqual([]);
    await page.context().close();
  });

  it('is operated from the keyboard: one tab stop, arrows move, Enter selects', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    await showChart(page);
    const stops = page.locator('.chart-figure [data-finding][tabindex="0"]');
    expect(await stops.count()).toBe(1);
    await stops.focus();
    const first = await stops.getAttribute('data-finding');
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-finding'));
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => search(page.url())).toBe(`?focus=finding:${second}`);
    // Focus stays on the pressed mark.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-finding'))).toBe(
      second,
    );
    await page.context().close();
  });

  it('selecting BDNF in the diagram highlights exactly BDNF’s findings, and passes axe', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    await page.getByRole('button', { name: /^BDNF:/ }).click();
    await expect.poll(() => search(page.url())).toBe('?focus=node:bdnf');
    await showChart(page);
    const expected = findingsForNode(data, 'bdnf')
      .map((f) => f.id)
      .sort();
    await expect.poll(() => marksWith(page, 'highlighted')).toEqual(expected);
    expect(await marksWith(page, 'dimmed')).toHaveLength(data.findings.length - expected.length);
    expect(await axeViolations(page, '.evidence-chart')).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('saves as a titled SVG and a 2× PNG', async () => {
    const context = await getBrowser().newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    await useThePage(page);
    await showChart(page);
    const group = page.getByRole('group', { name: 'Save the evidence chart' });
    const [svgFile] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('button', { name: 'Save SVG' }).click(),
    ]);
    expect(svgFile.suggestedFilename()).toMatch(/^plasticity-window-evidence-chart-.*\.svg$/);
    const text = await readFile((await svgFile.path())!, 'utf8');
    expect(text).toContain('Evidence at a glance');
    expect(text).not.toContain('var(--');
    const doc = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document;
    expect(doc.querySelectorAll('[data-finding]')).toHaveLength(data.findings.length);
    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('button', { name: /Save PNG/ }).click(),
    ]);
    const png = await readFile((await pngFile.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    await context.close();
  });

  it.each([
    { theme: 'projector', width: 1920, height: 1080, minSize: 28 },
    { theme: 'projector', width: 1024, height: 768, minSize: 28 },
    { theme: 'light', width: 320, height: 640, minSize: 12 },
  ])(
    'in the $theme theme at $width px, its labels are at least $minSize px, inside the figure and clear of each other',
    async ({ theme, minSize, ...viewport }) => {
      {
        const { page } = await openSite(
          getBrowser(),
          `${inject('siteUrl')}?theme=${theme}`,
          viewport,
        );
        await showChart(page);
        const boxes = await page.locator('.chart-figure svg').evaluate((svg) => {
          const frame = svg.getBoundingClientRect();
          return {
            frame: { left: frame.left, right: frame.right, top: frame.top, bottom: frame.bottom },
            labels: [...svg.querySelectorAll('text')].map((t) => {
              const box = t.getBoundingClientRect();
              return {
                text: t.textContent,
                size: parseFloat(getComputedStyle(t).fontSize),
                box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
              };
            }),
          };
        });
        expect(boxes.labels.length).toBeGreaterThan(15);
        for (const { text, size, box } of boxes.labels) {
          expect(size, text ?? '').toBeGreaterThanOrEqual(minSize);
          expect(box.left, text ?? '').toBeGreaterThanOrEqual(boxes.frame.left - 0.5);
          expect(box.right, text ?? '').toBeLessThanOrEqual(boxes.frame.right + 0.5);
          expect(box.bottom, text ?? '').toBeLessThanOrEqual(boxes.frame.bottom + 0.5);
        }
        const overlaps = boxes.labels.flatMap((a, i) =>
          boxes.labels
            .slice(i + 1)
            .filter(
              (b) =>
                a.box.left < b.box.right - 1 &&
                b.box.left < a.box.right - 1 &&
                a.box.top < b.box.bottom - 1 &&
                b.box.top < a.box.bottom - 1,
            )
            .map((b) => `${a.text} / ${b.text}`),
        );
        expect(overlaps).toEqual([]);
        expect(await axeViolations(page, '.evidence-chart')).toEqual([]);
        await page.context().close();
      }
    },
    90_000,
  );
});
