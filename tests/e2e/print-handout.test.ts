/**
 * The printed handout, as a teacher prints it from a link: two or three A4 pages holding the
 * drawing, the explanation, the timeline with its cursor where the time is, the whole
 * comparison and the references, with nothing interactive and no console error.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { useThePage } from './page.ts';

const getBrowser = useBrowser();
// A4 less the handout's 12 mm margins, in CSS pixels.
const PAGE_WIDTH = Math.floor(((210 - 24) / 25.4) * 96);

describe('the printed handout', () => {
  it('fits a selection on two or three A4 pages, the comparison and cursor in place', async () => {
    const page = await getBrowser().newPage({ viewport: { width: 1000, height: 800 } });
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
    });
    page.on('pageerror', (e) => messages.push(e.message));
    await page.goto(`${inject('siteUrl')}?compound=psilocybin&focus=node:spines&t=168`);
    await useThePage(page);
    await page.locator('.timeline-figure svg').first().waitFor();
    await page.locator('table.comparison').waitFor();
    await page.locator('.table-status').waitFor();
    // What a browser does as it starts printing; the reference list is built then.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.locator('.print-references li').first().waitFor({ state: 'attached' });

    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(3);
    expect(messages).toEqual([]);

    // Laid out as on paper: print styles at the page's width.
    await page.setViewportSize({ width: PAGE_WIDTH, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    // The print preview again (printing to PDF ended the last one with afterprint).
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const layout = await page.evaluate(() => {
      const right = (el: Element) => el.getBoundingClientRect().right;
      const comparison = document.querySelector('table.comparison')!;
      const cursor = document
        .querySelector('.timeline-figure .print-cursor')!
        .getBoundingClientRect();
      const week = [...document.querySelectorAll('.timeline-figure svg text')]
        .find((t) => t.textContent === '1 week')!
        .getBoundingClientRect();
      const shown = (selector: string) =>
        [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0);
      return {
        columns: [...comparison.querySelectorAll('thead th')].map(right),
        cells: comparison.querySelectorAll('tbody td').length,
        cursorX: cursor.left + cursor.width / 2,
        weekX: week.left + week.width / 2,
        references: document.querySelectorAll('.print-references li').length,
        controls: ['.zoom-controls', '.show-me-row', '.evidence-filters', '.header-tools'].filter(
          shown,
        ),
        table: shown('.view.evidence table'),
      };
    });
    for (const column of layout.columns) expect(column).toBeLessThanOrEqual(PAGE_WIDTH);
    expect(layout.cells).toBeGreaterThan(0);
    // t = 168 h is one week: the cursor stands on the axis's "1 week" tick.
    expect(Math.abs(layout.cursorX - layout.weekX)).toBeLessThan(3);
    expect(layout.references).toBeGreaterThan(0);
    expect(layout.controls).toEqual([]);
    expect(layout.table).toBe(false);
    await page.close();
  });
});
