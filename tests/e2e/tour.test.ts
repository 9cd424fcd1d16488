import { describe, expect, inject, it } from 'vitest';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';
import { AXE_BUDGET, axeViolations, openSite } from './page.ts';

const data = realData();
const getBrowser = useBrowser();

const stepText = (page: import('playwright-core').Page) =>
  page.locator('.presenter-count').textContent();

describe('the presenter tour', () => {
  it(
    'steps with the keys a clicker sends and sets each step’s selection',
    { timeout: AXE_BUDGET },
    async () => {
      const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?step=2`, {
        width: 1920,
        height: 1080,
      });
      const count = data.tour.length;
      await expect.poll(() => stepText(page)).toBe(`Step 2 of ${count}`);
      expect(await page.locator('.presenter h2').textContent()).toContain(data.tour[1]!.title);

      await page.keyboard.press('PageDown');
      await expect.poll(() => stepText(page)).toBe(`Step 3 of ${count}`);
      // The step sets its selection: its focused step or arrow is selected in the diagram.
      const third = data.tour[2]!;
      const [, thirdId] = third.focus!.split(':');
      await expect
        .poll(() => page.locator(`.diagram-frame [data-id="${thirdId}"]`).getAttribute('class'))
        .toMatch(/\bselected\b/);
      // The address names the step, which sets the rest (the README's one rule). It is
      // written once the selection rests (urlSync.svelte.ts), so it is waited for.
      const search = () => new URL(page.url()).search;
      await expect.poll(search).toBe('?step=3');
      await page.keyboard.press(' ');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => stepText(page)).toBe(`Step 5 of ${count}`);
      await page.keyboard.press('PageUp');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => stepText(page)).toBe(`Step 3 of ${count}`);
      await page.keyboard.press('End');
      await expect.poll(() => stepText(page)).toBe(`Step ${count} of ${count}`);
      // Steps taken faster than the address is written share one history entry; a presenter
      // who rests on a step can go Back to it.
      await expect.poll(search).toBe(`?step=${count}`);
      await page.keyboard.press('Home');
      await expect.poll(() => stepText(page)).toBe(`Step 1 of ${count}`);
      await expect.poll(search).toBe('?step=1');

      await page.goBack();
      await expect.poll(() => stepText(page)).toBe(`Step ${count} of ${count}`);

      expect(await axeViolations(page)).toEqual([]);

      await page.keyboard.press('Escape');
      // Back to the explorer: the header and the chrome return.
      await expect
        .poll(() => page.getByRole('heading', { name: 'The Plasticity Window' }).isVisible())
        .toBe(true);
      await expect.poll(() => page.locator('.presenter').count()).toBe(0);
      await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBeNull();
      await page.context().close();
    },
  );

  it('answers the clicker from the first frame, before the presenter bar’s code arrives', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    // Hold the presenter bar's chunk back, as a slow connection would.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/PresenterBar-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${inject('siteUrl')}?step=1`);
    await page.locator('.diagram-frame svg').waitFor();
    await page.keyboard.press('PageDown');
    await expect.poll(() => new URL(page.url()).search).toBe('?step=2');
    release();
    await expect.poll(() => stepText(page)).toBe(`Step 2 of ${data.tour.length}`);
    await context.close();
  });

  it('falls back to filling the frame when full screen is not allowed', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.setContent(
      `<!doctype html><title>Host</title><iframe title="tour" src="${inject('siteUrl')}?step=1" style="width:800px;height:600px"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    await frame.locator('.presenter').waitFor();
    await frame.getByRole('button', { name: /Full screen/ }).click();
    await expect.poll(() => frame.locator('.page.overlay').count()).toBe(1);
    await context.close();
  });
});
