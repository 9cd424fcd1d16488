/**
 * Selecting never moves the page: a scripted session (select a step, change the compound,
 * scrub the time, open the tour) is measured for layout shift as Chromium reports it.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { layoutShifts, openSite } from './page.ts';

const getBrowser = useBrowser();

describe('layout stability', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 667 },
  ])
    it(`a scripted session moves nothing at ${viewport.width}×${viewport.height}`, async () => {
      const { page } = await openSite(getBrowser(), inject('siteUrl'), viewport);
      const diagram = page.getByRole('group', { name: /Cascade from compounds/ });
      // Where the drawing is on screen: a selection must not move it, even in response to input.
      // (In the page, not the screen: on a phone the page scrolls to keep a step above the sheet.)
      const where = () =>
        diagram.evaluate((svg) => Math.round(svg.getBoundingClientRect().top + scrollY));
      const top = await where();
      await diagram.getByRole('button', { name: /^BDNF:/ }).click();
      await page.locator('.detail h3').waitFor();
      expect(await where()).toBe(top);
      await page.getByRole('button', { name: 'Ketamine / esketamine', exact: true }).click();
      await page.locator('.compound-status').waitFor();
      expect(await where()).toBe(top);
      const strip = page.getByRole('slider', { name: 'Time after one dose, shown on the diagram' });
      await strip.focus();
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.node.active').count()).toBeGreaterThan(0);
      expect(await where()).toBe(top);
      await page.keyboard.press('Escape');
      expect(await where()).toBe(top);
      if (viewport.width < 640) await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: 'Present the tour' }).click();
      await page.locator('.presenter').waitFor();
      expect(await layoutShifts(page)).toEqual([]);
      await page.context().close();
    });
});
