/**
 * Every text the cascade draws, measured in the browser against every other: at six widths
 * from a phone to a 4K projector, in each theme, at every zoom step. One page per width;
 * the theme and the zoom change in the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { deltaE, parseRgb, simulateDeficiency, type Rgb } from './colours.ts';

const getBrowser = useBrowser();

const SIZES = [
  { width: 320, height: 640 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
const THEMES = ['light', 'dark', 'projector'];
const ZOOM_STEPS = 4;

interface Measured {
  clashes: string[];
  outsideBox: string[];
  outsideFrame: string[];
  smallest: number;
  texts: number;
}

/** Boxes of every drawn text (per line), checked pairwise, against their node's box and the frame. */
function measure(page: Page, fitted: boolean): Promise<Measured> {
  return page.evaluate((fitted) => {
    const svg = document.querySelector<SVGSVGElement>('.diagram-frame svg')!;
    const frame = svg.getBoundingClientRect();
    const lines = [...svg.querySelectorAll<SVGTextContentElement>('text')].flatMap((text) => {
      const spans = text.querySelectorAll('tspan');
      const parts = spans.length ? [...spans] : [text];
      return parts
        .filter((p) => (p.textContent ?? '').trim() !== '')
        .map((p) => {
          const owner = text.closest('[data-id], [data-for], .stage-heading, .badge-text');
          return {
            name: `${owner?.getAttribute('data-id') ?? owner?.getAttribute('data-for') ?? text.getAttribute('class')}: "${p.textContent}"`,
            rect: p.getBoundingClientRect(),
            size: parseFloat(getComputedStyle(text).fontSize),
            node:
              text.closest('.node')?.getAttribute('data-id') ??
              text.closest('.node-numbers')?.getAttribute('data-for') ??
              null,
          };
        });
    });
    const tol = 0.5;
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - tol &&
      b.left < a.right - tol &&
      a.top < b.bottom - tol &&
      b.top < a.bottom - tol;
    const clashes: string[] = [];
    for (let i = 0; i < lines.length; i++)
      for (let j = i + 1; j < lines.length; j++)
        if (overlap(lines[i]!.rect, lines[j]!.rect))
          clashes.push(`${lines[i]!.name} × ${lines[j]!.name}`);
    const outsideBox: string[] = [];
    for (const line of lines) {
      if (!line.node) continue;
      const box = svg
        .querySelector(`.node[data-id="${CSS.escape(line.node)}"] .box`)!
        .getBoundingClientRect();
      const r = line.rect;
      if (
        r.left < box.left - tol ||
        r.right > box.right + tol ||
        r.top < box.top - tol ||
        r.bottom > box.bottom + tol
      )
        outsideBox.push(line.name);
    }
    const outsideFrame = fitted
      ? lines
          .filter(
            ({ rect: r }) =>
              r.left < frame.left - tol ||
              r.right > frame.right + tol ||
              r.top < frame.top - tol ||
              r.bottom > frame.bottom + tol,
          )
          .map((l) => l.name)
      : [];
    return {
      clashes,
      outsideBox,
      outsideFrame,
      smallest: Math.min(...lines.map((l) => l.size)),
      texts: lines.length,
    };
  }, fitted);
}

const scaleOf = async (page: Page) =>
  Number(await page.locator('.diagram-frame svg').getAttribute('data-scale'));

describe('the cascade drawing, measured in the browser', () => {
  it.each(SIZES)(
    'at $width px: no text touches another or leaves its box, in any theme or zoom',
    async (size) => {
      const context = await getBrowser().newContext({ viewport: size, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
      const problems: string[] = [];
      for (const theme of THEMES) {
        // The theme changes as a link (or Back) would change it, without reloading.
        await page.evaluate((theme) => {
          history.pushState(null, '', `?theme=${theme}`);
          dispatchEvent(new PopStateEvent('popstate'));
        }, theme);
        await expect
          .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
          .toBe(theme);
        await page.getByRole('button', { name: 'Fit' }).click();
        for (let step = 0; step <= ZOOM_STEPS; step++) {
          if (step > 0) {
            const before = await scaleOf(page);
            await page.getByRole('button', { name: 'Zoom in' }).click();
            await expect.poll(() => scaleOf(page)).toBeGreaterThan(before);
          }
          const m = await measure(page, step === 0);
          const where = `${size.width} px, ${theme}, zoom step ${step}`;
          expect(m.texts, where).toBeGreaterThan(10);
          problems.push(...m.clashes.map((c) => `${where}: overlap ${c}`));
          problems.push(...m.outsideBox.map((c) => `${where}: outside its box ${c}`));
          problems.push(...m.outsideFrame.map((c) => `${where}: outside the frame ${c}`));
          const floor = theme === 'projector' && size.width >= 1920 ? 28 : 14;
          if (m.smallest < floor) problems.push(`${where}: text at ${m.smallest} px`);
        }
      }
      expect(problems).toEqual([]);
      await context.close();
    },
    120_000,
  );

  it.each(THEMES)(
    'in the %s theme human and animal-only evidence stay apart with protanopia and deuteranopia',
    async (theme) => {
      const context = await getBrowser().newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${inject('siteUrl')}?theme=${theme}`);
      await page.locator('.diagram-frame .edge-line').first().waitFor({ state: 'attached' });
      const stroke = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((line) => ({
            colour: getComputedStyle(line).stroke,
            width: parseFloat(getComputedStyle(line).strokeWidth),
          }));
      const human = await stroke('.diagram-frame .edge-line.status-shown-in-humans');
      const animal = await stroke('.diagram-frame .edge-line.status-established-in-animals');
      // Weight tells them apart with no colour at all…
      expect(human.width).toBeGreaterThanOrEqual(animal.width * 1.5);
      // …and their hues stay plainly different for the two common red-green deficiencies.
      const [h, a] = [parseRgb(human.colour) as Rgb, parseRgb(animal.colour) as Rgb];
      for (const kind of ['protanopia', 'deuteranopia'] as const)
        expect(
          deltaE(simulateDeficiency(h, kind), simulateDeficiency(a, kind)),
          kind,
        ).toBeGreaterThan(25);
      await context.close();
    },
  );
});
