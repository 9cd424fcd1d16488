import { describe, expect, inject, it } from 'vitest';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';
import { axeViolations, openSite } from './page.ts';

const data = realData();
const getBrowser = useBrowser();

describe('what changed', () => {
  it('the detail panel dates an arrow’s and a step’s most recent change', async () => {
    const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?focus=edge:5ht2a-spines`);
    await expect
      .poll(() => page.locator('.detail .last-change').textContent())
      .toMatch(/^Last reviewed 2026-12-02: disagreement recorded — Disagreements recorded/);
    await page.getByRole('button', { name: /^BDNF:/ }).click();
    await expect
      .poll(() => page.locator('.detail .last-change').textContent())
      .toMatch(/^Last reviewed 2026-11-22: wording revised/);
    await page.context().close();
  });

  it('the About dialog lists the history, newest first', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    await page.getByRole('button', { name: 'About the evidence' }).click();
    const about = page.getByRole('dialog', { name: 'About the evidence' });
    const items = about.locator('.history li');
    await expect.poll(() => items.count()).toBe(data.changelog.length);
    // Newest first: the dates never rise down the list, and the last entry in the file (the
    // latest of its day) leads.
    const dates = (await items.allTextContents()).map((text) => text.slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
    const latest = data.changelog.at(-1)!;
    expect(await items.first().textContent()).toContain(latest.reason);
    expect(await about.textContent()).toContain(
      'Status changed (1 record): Content review: status changed from established in animals to not shown in humans.',
    );
    expect(await about.textContent()).toContain('last reviewed on 2026-12-02');
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await page.context().close();
  }, 90_000);
});
