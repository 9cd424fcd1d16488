import { describe, expect, inject, it } from 'vitest';
import { changedSince } from '../../src/lib/model/since.ts';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';
import { axeViolations, findingRows, openSite } from './page.ts';

const getBrowser = useBrowser();
const data = realData();
// The content second pass (2 Dec 2026) changed psilocybin's 5-HT2A arrow, moved its clinical
// phase and added Vollenweider 1998; BDNF → TrkB, Vaidya 1997 and Aghajanian 1997 were left as
// they were (Shao 2021 changed later that day: its timing was added).
const SINCE = '2026-12-01';
const changed = changedSince(data, SINCE);

describe('?since= marks what changed since a day', () => {
  it('marks a known change in the diagram, the timeline and the table, and not an unchanged one', async () => {
    expect(changed.edges.has('psilocybin-5ht2a')).toBe(true);
    expect(changed.edges.has('bdnf-trkb')).toBe(false);
    const { page, consoleErrors } = await openSite(
      getBrowser(),
      `${inject('siteUrl')}?since=${SINCE}`,
    );
    const note = page.locator('.since-note');
    await expect
      .poll(() => note.textContent())
      .toContain(`Highlighted: changed since 1 Dec 2026 — ${changed.count} items (`);

    // Diagram: a ◆ on the changed arrow's badge, said in its name; none on the unchanged one.
    const arrow = page.locator('.edge-badge[data-id="psilocybin-5ht2a"]');
    await expect.poll(() => arrow.locator('.changed-mark').count()).toBe(1);
    expect(await arrow.getAttribute('aria-label')).toMatch(/; changed since 1 Dec 2026$/);
    const unchanged = page.locator('.edge-badge[data-id="bdnf-trkb"]');
    expect(await unchanged.locator('.changed-mark').count()).toBe(0);
    expect(await unchanged.getAttribute('aria-label')).not.toContain('changed since');

    // Timeline: the moved phase's note starts with ◆.
    const phase = page.locator('.timeline-figure text[data-event="psilocybin-clinical"]');
    await expect.poll(() => phase.textContent()).toMatch(/^◆/);
    expect(
      await page.locator('.timeline-figure text[data-event="psilocybin-acute"]').textContent(),
    ).toMatch(/^◆/);

    // Table: the added finding is tagged; an older one is not.
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('Vollenweider');
    await expect
      .poll(() => findingRows(page).first().locator('.changed-tag').textContent())
      .toContain('changed 2 Dec 2026');
    await search.fill('Vaidya');
    await expect.poll(() => findingRows(page).first().textContent()).toContain('Vaidya');
    expect(await findingRows(page).locator('.changed-tag').count()).toBe(0);

    expect(await axeViolations(page, '.since-note')).toEqual([]);
    expect(await axeViolations(page, '.diagram-frame')).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('clears from the keyboard, and the address forgets the date', async () => {
    const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?since=${SINCE}`);
    const stop = page.getByRole('button', { name: 'Stop highlighting changes' });
    await stop.waitFor();
    // Reached with Tab from the top of the page, before the diagram.
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await stop.evaluate((el) => el === document.activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(await page.locator('.since-note').count()).toBe(0);
    expect(await page.locator('.changed-mark').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => page.locator('.changed-mark').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('ignores a date that is not one, with the quiet notice', async () => {
    const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?since=2026-02-30`);
    const notice = page.getByRole('status').filter({ hasText: 'not understood' });
    expect(await notice.textContent()).toContain('Ignored since="2026-02-30"');
    expect(await page.locator('.since-note').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('marks a changed finding ◆ in the evidence chart, says so in its name and the key, and a press on the ◆ selects it', async () => {
    const id = 'vollenweider1998-ketanserin';
    expect(changed.findings.has(id)).toBe(true);
    expect(changed.findings.has('aghajanian1997-epsp')).toBe(false);
    const drawn = data.findings.filter((f) => changed.findings.has(f.id)).length;
    const { page, consoleErrors } = await openSite(
      getBrowser(),
      `${inject('siteUrl')}?since=${SINCE}`,
    );
    await page.locator('.evidence-chart').scrollIntoViewIfNeeded();
    const diamonds = page.locator('.chart-figure [data-changed]');
    await expect.poll(() => diamonds.count(), { timeout: 20_000 }).toBe(drawn);
    const diamond = page.locator(`.chart-figure [data-changed="${id}"]`);
    const mark = page.locator(`.chart-figure [data-finding="${id}"]`);
    expect(await mark.getAttribute('aria-label')).toMatch(/; changed since 1 Dec 2026$/);
    expect(
      await page
        .locator('.chart-figure [data-finding="aghajanian1997-epsp"]')
        .getAttribute('aria-label'),
    ).not.toContain('changed since');
    expect(await page.locator('.chart-figure [data-changed="aghajanian1997-epsp"]').count()).toBe(
      0,
    );
    // Seen: drawn over the upper right of its own mark, in the colour other views use for ◆.
    const [box, markBox] = [(await diamond.boundingBox())!, (await mark.boundingBox())!];
    expect(box.width).toBeGreaterThanOrEqual(6);
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    expect(centre.x).toBeGreaterThan(markBox.x + markBox.width / 2);
    expect(centre.y).toBeLessThan(markBox.y + markBox.height / 2);
    expect(centre.x).toBeLessThan(markBox.x + markBox.width + 2);
    expect(await diamond.evaluate((d) => getComputedStyle(d).fill)).toBe(
      await page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--changed)';
        document.body.append(probe);
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      }),
    );
    expect(await page.getByRole('list', { name: 'Key to the chart' }).textContent()).toMatch(
      new RegExp(`Changed since 1 Dec 2026: ${drawn}\\s+findings?`),
    );
    expect(await axeViolations(page, '.evidence-chart')).toEqual([]);

    // The ◆ lets a press through to its mark.
    await page.mouse.click(centre.x, centre.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe(`finding:${id}`);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
