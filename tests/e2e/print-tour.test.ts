/** Printing while the tour fills the window because full screen is not allowed. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';

const getBrowser = useBrowser();
/** Pages in a PDF that headless Chromium wrote (its page objects are not compressed). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

describe('printing during the tour', () => {
  it('the full-window fallback prints every page, timeline and evidence included', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1000, height: 800 } });
    // A browser or frame where full screen is not available.
    await context.addInitScript(() =>
      Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }),
    );
    const page = await context.newPage();
    await page.goto(`${inject('siteUrl')}?step=2`, { waitUntil: 'networkidle' });
    await page.locator('.timeline-figure svg').first().waitFor();
    await page.getByText(/^Step 2 of/).waitFor();
    const before = pageCount(await page.pdf({ format: 'A4' }));
    expect(before).toBeGreaterThan(1);

    await page.keyboard.press('f');
    await page.locator('.page.overlay').waitFor();
    const during = pageCount(await page.pdf({ format: 'A4' }));
    expect(during).toBe(before);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('.print-references').isVisible()).toBe(true);
    expect(await page.locator('.timeline-figure svg').first().isVisible()).toBe(true);
    await context.close();
  }, 90_000);
});
