import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { openSite } from './page.ts';

const getBrowser = useBrowser();

describe('collapsible sections', () => {
  it('every summary shows a disclosure marker that turns when open, and reacts to hover', async () => {
    const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?focus=node:bdnf`);
    await expect
      .poll(() => page.locator('.detail summary').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const summaries = page.locator('summary:visible');
    const count = await summaries.count();
    expect(count).toBeGreaterThan(3);
    for (let i = 0; i < count; i++) {
      const summary = summaries.nth(i);
      const name = (await summary.textContent())?.trim();
      const marker = () =>
        summary.evaluate((el) => {
          const before = getComputedStyle(el, '::before');
          return { content: before.content, transform: before.transform };
        });
      expect((await marker()).content, name).toBe('"▸"');
      const closed = (await marker()).transform;
      await summary.click();
      await expect
        .poll(async () => (await marker()).transform, { message: name, timeout: 5000 })
        .not.toBe(closed);
      const colour = () => summary.evaluate((el) => getComputedStyle(el).textDecorationLine);
      await summary.hover();
      await expect.poll(colour, { message: name, timeout: 5000 }).toBe('underline');
      await summary.click();
    }
    await page.context().close();
  });
});
