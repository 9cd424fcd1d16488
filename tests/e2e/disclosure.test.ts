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
    // The other parts (the outline, the timeline's list, the learning section) are drawn a
    // moment later on a busy machine: wait for them as a reader would.
    const summaries = page.locator('summary:visible');
    await expect.poll(() => summaries.count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const count = await summaries.count();
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

describe('dialogs', () => {
  for (const name of ['About the evidence', 'Embed']) {
    it(`'${name}' opens at its top on a phone, with focus on its heading`, async () => {
      const { page } = await openSite(getBrowser(), inject('siteUrl'), {
        width: 375,
        height: 667,
      });
      // On a phone the tools are behind the Menu button.
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.isVisible(), { timeout: 15_000 }).toBe(true);
      const heading = dialog.getByRole('heading', { level: 2 });
      await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
      const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(await dialog.evaluate((el) => el.scrollTop)).toBe(0);
      await page.context().close();
    });
  }
});

describe('the header’s tools', () => {
  it('draws the theme select like the buttons beside it, in every theme', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    for (const theme of ['light', 'dark', 'projector']) {
      await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      const look = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => {
            const style = getComputedStyle(el);
            return {
              height: Math.round(el.getBoundingClientRect().height),
              fontSize: style.fontSize,
              radius: style.borderTopLeftRadius,
            };
          });
      expect(await look('.theme-control select'), theme).toEqual(
        await look('.header-tools > button'),
      );
    }
    await page.context().close();
  });
});

describe('lists of links', () => {
  it('keep each comma right after its link, with no gap before it', async () => {
    const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?focus=node:bdnf`);
    await expect.poll(() => page.locator('.detail-links button').count()).toBeGreaterThan(1);
    await page.locator('table.comparison').scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Show the text in every cell' }).click();
    const gaps = await page.evaluate(() =>
      [...document.querySelectorAll('.detail-links button, .finding-links button')]
        .filter((button) => /^\s*,/.test(button.nextSibling?.textContent ?? ''))
        .filter((button) => button.getClientRects().length > 0)
        .map((button) => {
          const rects = button.getClientRects();
          const link = rects[rects.length - 1]!;
          const range = document.createRange();
          const text = button.nextSibling!;
          const at = text.textContent!.indexOf(',');
          range.setStart(text, at);
          range.setEnd(text, at + 1);
          const comma = range.getBoundingClientRect();
          return {
            name: button.textContent,
            gap: comma.left - link.right,
            top: comma.top - link.top,
          };
        }),
    );
    expect(gaps.length).toBeGreaterThan(3);
    expect(gaps.filter((g) => g.gap > 1)).toEqual([]);
    await page.context().close();
  });
});
