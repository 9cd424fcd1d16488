import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { AXE_BUDGET, axeViolations, openSite } from './page.ts';

const getBrowser = useBrowser();

/** The diagram's zoom scale: positions scale with it, type keeps its size. */
const scaleOf = async (page: Page) =>
  Number(await page.locator('.diagram-frame svg').getAttribute('data-scale'));

describe('the cascade diagram', () => {
  it('zooms with the wheel, the buttons and the keys, and fits again', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    const fitted = await scaleOf(page);
    expect(fitted).toBeGreaterThan(0);

    const box = (await page.locator('.diagram-frame svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => scaleOf(page)).toBeGreaterThan(fitted * 1.2);

    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => scaleOf(page)).toBeCloseTo(fitted, 2);

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => scaleOf(page)).toBeGreaterThan(fitted * 1.3);

    // d3-zoom's own animated double-click, which runs on the build's transition stand-in.
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => scaleOf(page)).toBeCloseTo(fitted, 2);
    await page.mouse.dblclick(box.x + box.width / 2, box.y + 20);
    await expect.poll(() => scaleOf(page)).toBeCloseTo(fitted * 2, 2);

    await page.getByRole('button', { name: /^BDNF:/ }).focus();
    await page.keyboard.press('0');
    await expect.poll(() => scaleOf(page)).toBeCloseTo(fitted, 2);
    await page.keyboard.press('+');
    await expect.poll(() => scaleOf(page)).toBeGreaterThan(fitted * 1.3);
    await page.keyboard.press('-');
    await expect.poll(() => scaleOf(page)).toBeLessThan(fitted * 1.1);
    // Out beyond the fitted view there is nothing more to see, and the type would not fit.
    await page.keyboard.press('-');
    await expect.poll(() => scaleOf(page)).toBeCloseTo(fitted, 2);
    await page.context().close();
  });

  it('draws fitted before d3-zoom arrives, and a zoom pressed meanwhile acts when it does', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // d3-zoom loads after the first paint (zoomState.svelte.ts): hold it back until released.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/zoomBehaviour-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(inject('siteUrl'));
    await expect.poll(() => scaleOf(page)).toBeGreaterThan(0);
    const fitted = await scaleOf(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await scaleOf(page)).toBe(fitted);
    release();
    await expect.poll(() => scaleOf(page)).toBeGreaterThan(fitted * 1.3);
    await context.close();
  });

  it('pinch-zooms with touch', async () => {
    const context = await getBrowser().newContext({
      viewport: { width: 375, height: 667 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    const before = await scaleOf(page);
    await page.locator('.diagram-frame svg').scrollIntoViewIfNeeded();
    const box = (await page.locator('.diagram-frame svg').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - spread, y: cy, id: 1 },
                { x: cx + spread, y: cy, id: 2 },
              ],
      });
    await touch('touchStart', 20);
    for (let spread = 30; spread <= 120; spread += 10) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await expect.poll(() => scaleOf(page)).toBeGreaterThan(before * 1.5);
    await context.close();
  });

  it('reaches and selects every step by keyboard, and follows the cascade with arrow keys', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    const steps = page.locator('.node.step');
    const count = await steps.count();
    await page
      .getByRole('button', { name: /^Psilocybin/ })
      .first()
      .focus();
    const reached = new Set<string>();
    for (let i = 0; i < 120 && reached.size < count; i++) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
      const isStep = await page.evaluate(() => document.activeElement?.classList.contains('step'));
      if (id && isStep) reached.add(id);
    }
    expect(reached.size).toBe(count);

    await page.getByRole('button', { name: /^Glutamate surge:/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('ampa');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(
      'glutamate',
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.getByRole('button', { name: /^Glutamate surge:/ }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    await expect.poll(() => page.locator('.detail h3').textContent()).toBe('Glutamate surge');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail h3').count()).toBe(0);
    await page.context().close();
  });

  it('highlights the chosen compound’s route and dims the rest', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    expect(await page.locator('.node.dimmed').count()).toBe(0);
    await page
      .getByRole('group', { name: 'Show the route of a compound' })
      .getByRole('button', { name: 'Ketamine', exact: false })
      .click();
    await expect.poll(() => page.locator('.node.dimmed[data-id="5ht2a"]').count()).toBe(1);
    expect(await page.locator('.node.dimmed[data-id="nmda"]').count()).toBe(0);
    expect(await page.locator('.node.dimmed[data-id="bdnf"]').count()).toBe(0);
    const ketamineDimmed = await page.locator('.node.dimmed').count();
    await page
      .getByRole('group', { name: 'Show the route of a compound' })
      .getByRole('button', { name: 'Psilocybin' })
      .click();
    await expect.poll(() => page.locator('.node.dimmed[data-id="nmda"]').count()).toBe(1);
    expect(await page.locator('.node.dimmed[data-id="5ht2a"]').count()).toBe(0);
    expect(ketamineDimmed).toBeGreaterThan(0);
    await page.context().close();
  });

  it('selecting an arrow explains it and lists its findings', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    await page.getByRole('button', { name: /^Arrow Glutamate surge to AMPA/ }).click();
    await expect.poll(() => page.locator('.detail h3').textContent()).toMatch(/Glutamate.*AMPA/);
    expect(await page.locator('.table-status').textContent()).toMatch(/for Glutamate → AMPA/);
    // Screen readers hear it from the page's live region.
    const spoken = page.locator('.page > [aria-live="polite"]');
    await expect
      .poll(() => spoken.textContent())
      .toMatch(/^Glutamate → AMPA selected: \d+ finding/);
    await page.context().close();
  });

  it('a step chosen before the detail panel has loaded is still announced', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/DetailPanel-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(inject('siteUrl'), { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: /^BDNF:/ }).click();
    expect(await page.locator('.detail h3').count()).toBe(0);
    release();
    const spoken = page.locator('.page > [aria-live="polite"]');
    await expect.poll(() => spoken.textContent()).toMatch(/^BDNF selected/);
    await context.close();
  });

  it('a link that opens with a selection does not read it out before the reader acts', async () => {
    const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?focus=node:bdnf`);
    await expect.poll(() => page.locator('.detail h3').textContent()).toBe('BDNF');
    expect(await page.locator('.page > [aria-live="polite"]').textContent()).toBe('');
    await page.context().close();
  });

  it(
    'has no axe violations in the diagram, zoomed in to the closest detail',
    async () => {
      const { page } = await openSite(getBrowser(), inject('siteUrl'));
      await page.getByRole('button', { name: /^BDNF:/ }).click();
      for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      expect(await axeViolations(page, '.diagram')).toEqual([]);
      await page.context().close();
    },
    AXE_BUDGET,
  );
});
