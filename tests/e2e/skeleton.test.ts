import { describe, expect, inject, it } from 'vitest';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';
import { AXE_BUDGET, axeViolations, findingRows, openSite } from './page.ts';

const data = realData();
const mainCompounds = data.compounds.filter((c) => !c.comparison);

const getBrowser = useBrowser();

describe('the built site, served from a deep sub-path', () => {
  it('loads with no console error and no request to another origin', async () => {
    const { page, consoleErrors, foreignRequests } = await openSite(
      getBrowser(),
      inject('siteUrl'),
    );
    await page.locator('.timeline-figure svg').first().waitFor();
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('shows all three views with every step, every arrow and every finding', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    const diagram = page.getByRole('group', { name: /Cascade from compounds/ });
    await expect(diagram.isVisible()).resolves.toBe(true);
    // One focusable box per cascade step and per compound; one arrow per edge between them.
    expect(await diagram.locator('.node').count()).toBe(data.nodes.length + mainCompounds.length);
    const drawnEnds = new Set([...data.nodes, ...mainCompounds].map((n) => n.id));
    const drawnEdges = data.edges.filter((e) => drawnEnds.has(e.from) && drawnEnds.has(e.to));
    expect(await diagram.locator('.edge-line').count()).toBe(drawnEdges.length);
    expect(await diagram.locator('.edge-badge').count()).toBe(drawnEdges.length);
    for (const node of data.nodes) {
      await expect(
        diagram.getByRole('button', { name: new RegExp(`(^|, )${escape(node.label)}:`) }).count(),
      ).resolves.toBe(1);
    }

    const timeline = page.getByRole('img', { name: /Timeline of effects/ });
    await timeline.locator('svg').first().waitFor();
    const timelineText = await timeline.textContent();
    for (const compound of mainCompounds) expect(timelineText).toContain(compound.name);
    for (const label of ['5 min', '1 hour', '6 hours', '1 day', '1 week', '1 month']) {
      expect(timelineText).toContain(label);
    }

    // The table opens on its first page; one press shows every finding, and focus moves to
    // the first row that was not shown before.
    const table = page.getByRole('table', { name: /^Findings behind the cascade/ });
    await expect.poll(() => findingRows(page).count()).toBe(12);
    await expect(page.locator('.table-status').textContent()).resolves.toMatch(
      new RegExp(
        `Showing ${data.findings.length} of ${data.findings.length} findings\\.\\s+The first 12\\s+are listed`,
      ),
    );
    await page.getByRole('button', { name: `Show all ${data.findings.length} findings` }).click();
    await expect.poll(() => findingRows(page).count()).toBe(data.findings.length);
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.rowIndex)).toBe(13);
    await expect(page.locator('.table-status').textContent()).resolves.not.toContain('listed');
    const doiLinks = table.getByRole('link', { name: /^DOI/ });
    expect(await doiLinks.count()).toBe(
      data.findings.filter((f) => data.studies.find((s) => s.id === f.study)?.doi).length,
    );
    const first = doiLinks.first();
    expect(await first.getAttribute('href')).toMatch(/^https:\/\/doi\.org\/10\./);
    expect(await first.getAttribute('target')).toBe('_blank');
    expect(await first.getAttribute('rel')).toContain('noopener');
    await page.context().close();
  });

  it('selecting a step narrows the table to its findings', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    await page.getByRole('button', { name: /^BDNF:/ }).click();
    const status = page.locator('.table-status');
    await expect(status.textContent()).resolves.toMatch(/Showing \d+ of \d+ findings\sfor BDNF/);
    const [, listed] = (await status.textContent())!.match(/Showing (\d+) of/)!;
    const firstPage = (await status.textContent())!.includes('The first 12') ? 12 : Number(listed);
    expect(firstPage).toBeGreaterThan(0);
    expect(firstPage).toBeLessThan(data.findings.length);
    // The reader goes down to the table, which lists the step's rows as it nears the screen.
    await status.scrollIntoViewIfNeeded();
    await expect.poll(() => findingRows(page).count()).toBe(firstPage);
    await page.keyboard.press('Escape');
    await expect(page.locator('.table-status').textContent()).resolves.not.toContain('for BDNF');
    await expect.poll(() => findingRows(page).count()).toBe(Math.min(12, data.findings.length));
    await page.context().close();
  });

  it('on a phone, the diagram starts on the first screen and the key idea opens from its first sentence', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'), { width: 375, height: 667 });
    const diagramTop = await page
      .getByRole('group', { name: /Cascade from compounds/ })
      .evaluate((svg) => svg.getBoundingClientRect().top);
    // The drawing, not the controls, fills a phone's first screen.
    expect(diagramTop).toBeLessThanOrEqual(200);
    // The tools share one Menu button; Present and Embed are in it.
    const present = page.getByRole('button', { name: 'Present the tour' });
    expect(await present.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => present.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Embed' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => present.isVisible()).toBe(false);
    const rest = page.locator('#key-idea-rest');
    expect(await rest.isVisible()).toBe(false);
    const toggle = page.getByRole('button', { name: 'How, and how sure?' });
    await toggle.click();
    expect(await rest.textContent()).toMatch(/the window are animal work/);
    expect(await rest.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Less' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    await page.context().close();
  });

  it(
    'has no axe violations at phone and desktop sizes',
    async () => {
      for (const viewport of [
        { width: 375, height: 667 },
        { width: 1280, height: 800 },
      ]) {
        const { page } = await openSite(getBrowser(), inject('siteUrl'), viewport);
        await page.locator('.timeline-figure svg').first().waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      }
    },
    AXE_BUDGET,
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
