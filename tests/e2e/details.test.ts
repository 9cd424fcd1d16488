/**
 * Where the selection's explanation appears: beside the diagram on laptops and wider, a sheet
 * along the bottom on tablets, phones and projectors. Either way the reader sees the selected
 * step and its explanation together, without scrolling.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { openSite } from './page.ts';

const getBrowser = useBrowser();

describe('the selection’s details', () => {
  it.each([
    { width: 1280, height: 800, theme: 'light', beside: true },
    { width: 1440, height: 900, theme: 'dark', beside: true },
    { width: 1920, height: 1080, theme: 'light', beside: true },
    { width: 1920, height: 1080, theme: 'projector', beside: false },
    { width: 1024, height: 768, theme: 'light', beside: false },
    { width: 375, height: 667, theme: 'light', beside: false },
  ])(
    'at $width×$height ($theme) the selected step and its explanation are on screen together, beside: $beside',
    async ({ width, height, theme, beside }) => {
      const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?theme=${theme}`, {
        width,
        height,
      });
      const step = page.locator('.diagram-frame .node[data-id="bdnf"]');
      await step.scrollIntoViewIfNeeded();
      await step.click();
      const heading = page.getByRole('heading', { name: 'BDNF', level: 3 });
      await heading.waitFor();
      // The sheet scrolls the page to keep the step above it, in the frame it opens in: a
      // check run between the press and that frame sees the step under the sheet, which no
      // reader does. Wait until both are in view and apart.
      const measure = () =>
        page.evaluate(() => {
          const box = (selector: string) => {
            const r = document.querySelector(selector)!.getBoundingClientRect();
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          };
          return {
            step: box('.diagram-frame .node[data-id="bdnf"]'),
            details: box('.detail-column'),
            heading: box('.detail-column h3'),
            diagram: box('.diagram-frame svg'),
            view: { width: innerWidth, height: innerHeight },
            horizontal: !!document.querySelector('.diagram-frame svg.orientation-horizontal'),
          };
        });
      const seen = (
        r: { top: number; bottom: number; left: number; right: number },
        v: { width: number; height: number },
      ) => r.top >= 0 && r.bottom <= v.height && r.left >= 0 && r.right <= v.width;
      const overlap = (m: Awaited<ReturnType<typeof measure>>) =>
        m.step.left < m.details.right &&
        m.details.left < m.step.right &&
        m.step.top < m.details.bottom &&
        m.details.top < m.step.bottom;
      await expect
        .poll(async () => {
          const m = await measure();
          return {
            step: seen(m.step, m.view),
            heading: seen(m.heading, m.view),
            'the details cover the selected step': overlap(m),
          };
        })
        .toEqual({ step: true, heading: true, 'the details cover the selected step': false });
      const m = await measure();
      if (beside) {
        expect(m.details.left).toBeGreaterThanOrEqual(m.diagram.right - 1);
        // The laptop keeps the cascade left to right beside the panel.
        expect(m.horizontal).toBe(true);
      } else {
        expect(m.details.top).toBeGreaterThanOrEqual(m.step.bottom);
        expect(m.details.bottom).toBeLessThanOrEqual(m.view.height + 1);
      }
      await page.context().close();
    },
  );
});
