import { describe, expect, inject, it } from 'vitest';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';
import { findingRows } from './page.ts';

const getBrowser = useBrowser();

describe('printing a handout', () => {
  it('keeps the diagram, legend and references and drops the controls', async () => {
    const page = await getBrowser().newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${inject('siteUrl')}?compound=psilocybin&focus=node:spines`, {
      waitUntil: 'networkidle',
    });
    await page.locator('.timeline-figure svg').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.diagram-frame svg')).toBe(true);
    expect(await visible('.legend')).toBe(true);
    expect(await visible('.detail h3')).toBe(true);
    expect(await visible('.zoom-controls')).toBe(false);
    expect(await visible('.evidence-filters')).toBe(false);
    const reference = await page
      .locator('.links a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(reference).toContain('https://');
    // On paper every row is laid out, not skipped as off-screen rows are on a wide screen.
    const skipping = await findingRows(page).evaluateAll(
      (rows) => rows.filter((row) => getComputedStyle(row).contentVisibility !== 'visible').length,
    );
    expect(skipping).toBe(0);
    // The handout lists every matching finding, not only the first page of the table.
    await page.goto(`${inject('siteUrl')}`, { waitUntil: 'networkidle' });
    const rows = findingRows(page);
    expect(await rows.count()).toBe(12);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await rows.count()).toBe(realData().findings.length);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });
});
