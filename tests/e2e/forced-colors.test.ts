/**
 * Forced colours (Windows high contrast, "Contrast themes"): the browser replaces the page's
 * colours with a few system colours, but leaves SVG paint alone unless the page says what to
 * use. Chromium's forced palette follows prefers-color-scheme: light gives black on white, dark
 * gives white on black. Every theme is tested on both.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { useThePage } from './page.ts';
import { contrastRatio, dominantColours, parseRgb, type Rgb } from './colours.ts';

const getBrowser = useBrowser();

interface Paint {
  what: string;
  fill: string;
  stroke: string;
  /** The product of the element's and its ancestors' opacity. */
  opacity: number;
}

/** Fill, stroke and effective opacity of every element the selector matches. */
function paints(page: Page, selector: string): Promise<Paint[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      let opacity = 1;
      for (let e: Element | null = element; e; e = e.parentElement)
        opacity *= Number(getComputedStyle(e).opacity);
      const style = getComputedStyle(element);
      const name =
        element.closest('[data-id]')?.getAttribute('data-id') ?? element.textContent?.trim();
      return {
        what: `${element.getAttribute('class') ?? element.tagName} ${name ?? ''}`.trim(),
        fill: style.fill,
        stroke: style.stroke,
        opacity,
      };
    }),
  );
}

/** The system colours the browser is forcing, read from a probe element. */
async function systemColours(page: Page) {
  const read = await page.evaluate(() => {
    const probe = document.createElement('div');
    document.body.append(probe);
    const get = (property: 'color' | 'backgroundColor', value: string) => {
      probe.style[property] = value;
      return getComputedStyle(probe)[property];
    };
    const colours = {
      canvas: get('backgroundColor', 'Canvas'),
      canvasText: get('color', 'CanvasText'),
      highlight: get('backgroundColor', 'Highlight'),
    };
    probe.remove();
    return colours;
  });
  return {
    canvas: parseRgb(read.canvas)!,
    canvasText: parseRgb(read.canvasText)!,
    highlight: parseRgb(read.highlight)!,
  };
}

/** What a colour drawn at `opacity` over the canvas looks like. */
const over = (colour: Rgb, opacity: number, canvas: Rgb): Rgb =>
  colour.map((c, i) => c * opacity + canvas[i]! * (1 - opacity)) as Rgb;

/** Entries whose colour (drawn at its opacity) contrasts less than `minimum` with `against`. */
function lowContrast(
  items: Paint[],
  property: 'fill' | 'stroke',
  against: Rgb,
  minimum: number,
): string[] {
  return items
    .map((item) => {
      const colour = parseRgb(item[property]);
      const ratio = colour ? contrastRatio(over(colour, item.opacity, against), against) : 0;
      return { item, ratio };
    })
    .filter(({ ratio }) => ratio < minimum)
    .map(({ item, ratio }) => `${item.what}: ${item[property]} (${ratio.toFixed(2)}:1)`);
}

describe.each(['light', 'dark', 'projector'])('forced colours, %s theme', (theme) => {
  it.each(['light', 'dark'] as const)(
    'on a %s system palette: the drawings use system colours and the chosen compound stands out',
    async (palette) => {
      const context = await getBrowser().newContext({
        viewport: { width: 1280, height: 800 },
        colorScheme: palette,
        forcedColors: 'active',
      });
      const page = await context.newPage();
      await page.goto(`${inject('siteUrl')}?theme=${theme}&compound=psilocybin`, {
        waitUntil: 'networkidle',
      });
      await useThePage(page);
      await page.locator('.timeline-figure svg text').first().waitFor();
      const { canvas, highlight } = await systemColours(page);

      // Every arrow and arrowhead, on the route or off it, reads against the background
      // (3:1, as WCAG asks of graphics).
      expect(lowContrast(await paints(page, '.edge-line'), 'stroke', canvas, 3)).toEqual([]);
      expect(lowContrast(await paints(page, '.arrowhead path'), 'fill', canvas, 3)).toEqual([]);
      // Every box's outline shows, and its name reads on its fill.
      const nodes = page.locator('.diagram-frame .node');
      expect(lowContrast(await paints(page, '.node .box'), 'stroke', canvas, 3)).toEqual([]);
      const boxes = await paints(page, '.node .box');
      const labels = await paints(page, '.node .label');
      const unreadable = labels.filter(
        (label, i) =>
          contrastRatio(parseRgb(label.fill)!, parseRgb(boxes[i]!.fill) ?? canvas) < 4.5,
      );
      expect(unreadable.map((l, i) => `${l.what} on ${boxes[i]!.fill}`)).toEqual([]);
      expect(boxes.length).toBe(await nodes.count());
      // Headings and arrow labels have a halo in the background colour, not a bright smear.
      for (const text of await paints(page, '.stage-heading, .badge-relation')) {
        const fill = parseRgb(text.fill)!;
        expect(contrastRatio(fill, canvas), text.what).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(fill, parseRgb(text.stroke) ?? canvas), text.what).toBeGreaterThan(
          4.5,
        );
      }

      // The chosen compound: its button and its box look unlike the others'.
      const chooser = page.getByRole('group', { name: 'Show the route of a compound' });
      const background = (name: string) =>
        chooser
          .getByRole('button', { name, exact: true })
          .evaluate((b) => getComputedStyle(b).backgroundColor);
      expect(await background('Psilocybin')).not.toBe(await background('LSD'));
      // ...and its name reads on it (the browser's own plate behind text can hide it).
      const [ground, letters] = await dominantColours(
        chooser.getByRole('button', { name: 'Psilocybin', exact: true }),
      );
      expect(contrastRatio(ground, letters)).toBeGreaterThanOrEqual(4.5);
      // The steps of its route are outlined in the emphasis colour, the others are not.
      const route = await paints(page, '.node:not(.dimmed):not(.compound) .box');
      const offRoute = await paints(page, '.node.dimmed:not(.compound) .box');
      expect(route.length).toBeGreaterThan(3);
      expect(offRoute.length).toBeGreaterThan(0);
      expect(route.map((r) => parseRgb(r.stroke))).toEqual(route.map(() => highlight));
      expect(offRoute.map((r) => parseRgb(r.stroke))).not.toContainEqual(highlight);
      // Where the compounds are drawn (not in the upright projector layout), its box is filled.
      const chosen = await paints(page, '.node.compound.selected .box');
      const other = await paints(page, '.node.compound:not(.selected) .box');
      if (theme !== 'projector') expect(chosen).toHaveLength(1);
      for (const box of chosen) expect(parseRgb(box.fill)).toEqual(highlight);
      expect(other.map((o) => parseRgb(o.fill))).not.toContainEqual(highlight);

      // The timeline's words read, and so do the evidence chart's and its key's swatches.
      expect(
        lowContrast(await paints(page, '.timeline-figure text:not(.faded)'), 'fill', canvas, 4.5),
      ).toEqual([]);
      // Pressed where it is: scrolling to it would open the chart by itself, under the press.
      await page.getByRole('button', { name: 'Show the chart' }).dispatchEvent('click');
      await page.locator('.chart-figure svg [data-finding]').first().waitFor();
      // The chart keeps its data colours on its own surface (chart.css); its words read there.
      const surface = await page
        .locator('.chart-figure')
        .evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(
        lowContrast(
          await paints(page, '.chart-figure svg text'),
          'fill',
          parseRgb(surface) ?? canvas,
          4.5,
        ),
      ).toEqual([]);
      const swatches = await page
        .locator('.chart-legend .swatch')
        .evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
      expect(swatches.length).toBeGreaterThan(2);
      expect(swatches).not.toContain(`rgb(${canvas.join(', ')})`);
      await context.close();
    },
    60_000,
  );
});
