import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { axeViolations, openSite } from './page.ts';

const getBrowser = useBrowser();

describe('disagreement, side by side', () => {
  it('a contested arrow opens its dispute with findings on both sides, their species and design', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    await page
      .getByRole('button', { name: /^Arrow 5-HT2A receptor to New dendritic spines/ })
      .click();
    const dispute = page.getByRole('region', {
      name: /^Disagreement: Is the 5-HT2A receptor needed/,
    });
    await dispute.waitFor();
    const sides = dispute.locator('.dispute-side');
    expect(await sides.count()).toBe(2);
    const needed = sides.nth(0);
    const notNeeded = sides.nth(1);
    expect(await needed.getByRole('heading').textContent()).toMatch(/^Needed/);
    expect(await needed.getByRole('button').allTextContents()).toEqual([
      'Vargas et al. 2023',
      'Vargas et al. 2023',
    ]);
    expect(await notNeeded.getByRole('button').allTextContents()).toEqual([
      'Moliner et al. 2023',
      'Hesselgrave et al. 2021',
    ]);
    // Species and design beside each finding.
    expect(await notNeeded.locator('.dispute-design').nth(1).textContent()).toMatch(
      /^mouse · animal experiment/,
    );
    expect(await dispute.textContent()).toContain('What would settle it:');
    expect(await axeViolations(page, '.detail')).toEqual([]);

    // A finding named in the dispute can be selected from it.
    await notNeeded.getByRole('button', { name: 'Hesselgrave et al. 2021' }).click();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?focus=finding:hesselgrave2021-ketanserin');
    await page.context().close();
  }, 90_000);

  it('an arrow with no dispute shows none', async () => {
    const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?focus=edge:nmda-glutamate`);
    await page.locator('.detail h3').waitFor();
    expect(await page.locator('.dispute').count()).toBe(0);
    await page.context().close();
  });
});
