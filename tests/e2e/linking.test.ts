import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import {
  AXE_BUDGET,
  axeViolations,
  findingRows,
  matchingFindings,
  openSite,
  useThePage,
} from './page.ts';
import { legendNote } from '../../src/lib/model/interfaceText.ts';
import { activeStepsAt } from '../../src/lib/model/stepActivity.ts';
import { TIME_STOPS } from '../../src/lib/state/time.ts';
import { realData } from '../unit/realData.ts';

const getBrowser = useBrowser();

const search = (url: string) => new URL(url).search;

describe('one selection across the three views and the URL', () => {
  it('selecting a step changes the table, the timeline and the URL; reload restores it; Back undoes it', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    await page.locator('.timeline-figure svg').first().waitFor();
    const allRows = await matchingFindings(page);
    const fadedBefore = await page.locator('.timeline-figure rect.faded').count();

    await page.getByRole('button', { name: /^New dendritic spines/ }).click();
    await expect.poll(() => search(page.url())).toBe('?focus=node:spines');
    // The reader goes down to the table, which lists its rows when it nears the screen.
    await page.locator('.table-status').scrollIntoViewIfNeeded();
    const rows = await matchingFindings(page);
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThan(allRows);
    // The timeline fades the events that do not involve spines.
    await expect
      .poll(() => page.locator('.timeline-figure rect.faded').count())
      .toBeGreaterThan(fadedBefore);

    await page.reload({ waitUntil: 'networkidle' });
    await useThePage(page);
    await expect.poll(() => page.locator('.detail h3').textContent()).toMatch(/spines/i);
    expect(await matchingFindings(page)).toBe(rows);

    await page.goBack();
    await expect.poll(() => search(page.url())).toBe('');
    await expect.poll(() => matchingFindings(page)).toBe(allRows);
    await page.context().close();
  });

  it('selecting a finding highlights its steps in the diagram and its events', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    await page.getByRole('searchbox', { name: 'Search' }).fill('Shao');
    await page.locator('.study-button').first().click();
    await expect.poll(() => search(page.url())).toMatch(/^\?focus=finding:shao2021/);
    await expect.poll(() => page.locator('.node.highlighted[data-id="spines"]').count()).toBe(1);
    await page.context().close();
  });

  it('renders the full explorer from a malformed URL, with a quiet notice', async () => {
    const url = `${inject('siteUrl')}?compound=lsdx&focus=node:%3Cscript%3E&t=soon&view=map&theme=neon&step=99&embed=maybe`;
    const { page, consoleErrors } = await openSite(getBrowser(), url);
    await page.locator('.timeline-figure svg').first().waitFor();
    const notice = page.getByRole('status').filter({ hasText: 'not understood' });
    expect(await notice.textContent()).toContain('Ignored compound="lsdx"');
    // No inline script ran from the address; the JSON-LD data block is the page's own.
    expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(
      0,
    );
    // The table loads just after the timeline: wait for its rows, as a reader would.
    await expect.poll(() => findingRows(page).count()).toBeGreaterThan(0);
    expect(await page.locator('.node').count()).toBeGreaterThan(10);
    expect(consoleErrors).toEqual([]);
    expect(search(page.url())).toBe('');
    await page.context().close();
  });

  it('moves the time cursor by keyboard and marks the steps active then', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    const slider = page.getByRole('slider', { name: 'Time after the dose' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('5 minutes after the dose');
    for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('1 day after the dose');
    // Scrubbing replaces the history entry instead of adding one per step.
    await expect.poll(() => search(page.url())).toBe('?t=1d');
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(3);
    // Lit: the steps a finding (about any main compound, none being chosen) measured at 1 day,
    // with a key that says so.
    const data = realData();
    const litSteps = () =>
      page
        .locator('.node.active')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')!).sort());
    await expect.poll(litSteps).toEqual([...activeStepsAt(data, 24, null)].sort());
    expect(await litSteps()).toContain('spines');
    await expect
      .poll(() => page.locator('.legend').textContent())
      .toContain(legendNote(data, 'active-at-time'));
    await page.keyboard.press('End');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('8 weeks after the dose');
    await page.context().close();
  });

  it('a first move of the time cursor, a moment after opening, lights its steps and their key in the frame it draws', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    // The reader looks at the page for a moment before reaching for the cursor.
    await page.waitForLoadState('networkidle');
    const day = TIME_STOPS.indexOf(24);
    expect(day).toBeGreaterThan(0);
    // Read in the frame's own callback, before it paints: no fetch may come between.
    const drawn = await page.evaluate(
      (value) =>
        new Promise<{ lit: string[]; key: string }>((resolve) => {
          const slider = document.querySelector<HTMLInputElement>('.time-strip input')!;
          slider.value = String(value);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          requestAnimationFrame(() =>
            resolve({
              lit: [...document.querySelectorAll('.diagram-frame .node.active')]
                .map((n) => n.getAttribute('data-id')!)
                .sort(),
              key: document.querySelector('.legend')!.textContent!,
            }),
          );
        }),
      day,
    );
    const data = realData();
    expect(drawn.lit).toEqual([...activeStepsAt(data, 24, null)].sort());
    expect(drawn.lit.length).toBeGreaterThan(0);
    expect(drawn.key).toContain(legendNote(data, 'active-at-time'));
    await page.context().close();
  });

  it('a press on a timeline bar selects its event and a second press clears it; a drag moves the time', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    const figure = page.locator('.timeline-figure');
    const bar = figure.locator('rect[data-event]').last();
    const id = await bar.getAttribute('data-event');
    await bar.scrollIntoViewIfNeeded();
    await bar.click();
    await expect.poll(() => search(page.url())).toBe(`?focus=event:${id}`);
    expect(await bar.getAttribute('class')).toContain('selected');
    expect(await figure.locator('rect[data-event].faded').count()).toBeGreaterThan(0);
    await bar.click();
    await expect.poll(() => search(page.url())).toBe('');

    // Drag from the 1-hour gridline to the 1-day one: the cursor follows and stops there.
    const lines = await figure
      .locator('.grid line')
      .evaluateAll((all) => all.map((line) => Number(line.getAttribute('x1'))));
    const box = (await figure.boundingBox())!;
    const y = box.y + box.height - 4;
    await page.mouse.move(box.x + lines[1]!, y);
    await page.mouse.down();
    await page.mouse.move(box.x + lines[3]!, y, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(() => page.locator('.time-readout').textContent())
      .toBe('1 day after the dose');
    const cursor = (await page.locator('.time-cursor').boundingBox())!;
    expect(cursor.x + cursor.width / 2 - box.x).toBeCloseTo(lines[3]!, 0);
    await page.context().close();
  });

  it(
    'has no axe violations with a selection, the timeline’s SVG included',
    async () => {
      const { page } = await openSite(
        getBrowser(),
        `${inject('siteUrl')}?compound=psilocybin&focus=node:bdnf&t=1d`,
      );
      await page.locator('.timeline-figure svg').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
    AXE_BUDGET,
  );

  it('keeps keyboard focus when the focused row leaves the table', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    const rowIds = () =>
      findingRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')));
    // The table loads just after the first view: wait for its first page, as a reader would.
    await expect.poll(() => findingRows(page).count()).toBeGreaterThan(0);
    const firstPage = await rowIds();
    await page.getByRole('button', { name: /^New dendritic spines/ }).click();
    await expect.poll(() => search(page.url())).toBe('?focus=node:spines');
    // The reader goes down to the table, which lists its rows when it nears the screen.
    await page.locator('.table-status').scrollIntoViewIfNeeded();
    // A finding about spines that is not on the table's first page once the selection clears.
    const offPageId = async () => (await rowIds()).find((id) => !firstPage.includes(id));
    await expect.poll(offPageId).toBeTruthy();
    const offPage = await offPageId();
    await page.locator(`tr[data-row="${offPage}"] .study-button`).focus();
    await page.keyboard.press('Enter'); // select that finding
    await expect.poll(() => matchingFindings(page)).toBe(1);
    await page.keyboard.press('Escape'); // clear the selection: the row leaves the list
    await expect.poll(() => rowIds()).toEqual(firstPage);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('table-status');
    await page.context().close();
  });
});
