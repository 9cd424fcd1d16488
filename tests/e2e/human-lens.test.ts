import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { findingsForNode, mainCompounds } from '../../src/lib/model/graph.ts';
import { humanLens } from '../../src/lib/model/lens.ts';
import { hiddenByLensText } from '../../src/lib/model/lensFindings.ts';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';
import { axeViolations, matchingFindings, openSite } from './page.ts';

const data = realData();
const lens = humanLens(data);
const getBrowser = useBrowser();
const shown = new Set(mainCompounds(data).map((c) => c.id));
const humanPhases = data.events.filter((e) => shown.has(e.compound) && e.species === 'human');

/** What each of the four views shows, counted as a reader would see it. */
async function views(page: Page) {
  await page.locator('.evidence-chart').scrollIntoViewIfNeeded();
  await page.locator('.chart-figure svg [data-finding]').first().waitFor({ timeout: 20_000 });
  return {
    absentArrows: await page.locator('.edge-badge.absent').count(),
    dottedLines: await page.locator('.edge-line.absent-in-humans').count(),
    animalBars: await page.locator('.timeline-figure rect.animal').count(),
    humanBars: await page.locator('.timeline-figure rect.human').count(),
    rows: await matchingFindings(page),
    marks: await page.locator('.chart-figure [data-finding]').count(),
  };
}

describe('the species lens: all evidence, or human evidence only', () => {
  it('human evidence only changes the diagram, the timeline, the table and the chart, and survives a reload', async () => {
    const { page, consoleErrors } = await openSite(getBrowser(), inject('siteUrl'));
    await page.locator('.timeline-figure svg').first().waitFor();
    const before = await views(page);
    expect(before.absentArrows).toBe(0);
    expect(before.animalBars).toBeGreaterThan(0);
    expect(before.rows).toBe(data.findings.length);
    expect(before.marks).toBe(data.findings.length);

    const show = page.getByRole('combobox', { name: /^Show/ });
    await show.selectOption('human');
    await expect.poll(() => new URL(page.url()).search).toBe('?evidence=human');

    const check = async () => {
      // Diagram: an arrow no human study found is dotted and says so; one shown in humans is not.
      await expect
        .poll(() => page.locator('.edge-badge.absent[data-id="bdnf-trkb"]').count())
        .toBe(1);
      expect(
        await page.locator('.edge-badge[data-id="bdnf-trkb"]').getAttribute('aria-label'),
      ).toContain('no primary human study has found this step');
      expect(await page.locator('.edge-badge.absent[data-id="psilocybin-5ht2a"]').count()).toBe(0);
      expect(await page.locator('.legend').textContent()).toContain(
        'dotted grey (human evidence only)',
      );
      const after = await views(page);
      const drawnAbsent = await page
        .locator('.edge-badge.absent')
        .evaluateAll((badges) => badges.map((b) => b.getAttribute('data-id')!));
      expect(drawnAbsent.length).toBeGreaterThan(0);
      expect(drawnAbsent.every((id) => lens.absentEdges.has(id))).toBe(true);
      expect(after.dottedLines).toBe(after.absentArrows);
      // Timeline: only the phases measured in humans, and the key says what is hidden.
      expect(after.animalBars).toBe(0);
      expect(after.humanBars).toBe(humanPhases.length);
      const key = (await page.locator('.timeline-key').textContent())!.replace(/\s+/g, ' ');
      expect(key).toMatch(/Human evidence only: \d+ phases measured in animals are hidden/);
      // Table and chart: the findings in humans, and only those.
      expect(after.rows).toBe(lens.findings.size);
      expect(after.marks).toBe(lens.findings.size);
      expect(await page.locator('.table-status').textContent()).toContain('in humans');
    };
    await check();

    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getByRole('combobox', { name: /^Show/ }).inputValue()).toBe('human');
    await check();

    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);

    // Back to all evidence, and Back again to the lens.
    await page.getByRole('combobox', { name: /^Show/ }).selectOption('all');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => page.locator('.edge-badge.absent').count()).toBe(0);
    await page.goBack();
    await expect.poll(() => page.locator('.edge-badge.absent').count()).toBeGreaterThan(0);
    await page.context().close();
  }, 120_000);

  it('a step with no human study says so in the table, with a way back to all evidence', async () => {
    const { page } = await openSite(
      getBrowser(),
      `${inject('siteUrl')}?evidence=human&focus=node:trkb`,
    );
    const empty = page.locator('.empty-state');
    await expect
      .poll(() => empty.textContent())
      .toContain('No study in humans in this dataset bears on');
    await empty.getByRole('button', { name: 'Show all evidence' }).click();
    await expect.poll(() => matchingFindings(page)).toBeGreaterThan(0);
    await expect.poll(() => new URL(page.url()).search).toBe('?focus=node:trkb');
    await page.context().close();
  });

  it('the detail panel lists only the findings in humans, says how many it hides, and switches back from the keyboard', async () => {
    const all = findingsForNode(data, 'bdnf');
    const human = all.filter((f) => lens.findings.has(f.id));
    expect(human.length).toBeGreaterThan(0);
    expect(human.length).toBeLessThan(all.length);
    const { page, consoleErrors } = await openSite(
      getBrowser(),
      `${inject('siteUrl')}?evidence=human&focus=node:bdnf`,
    );
    const panel = page.getByRole('region', { name: 'Details of the selection' });
    // The list is drawn when the reader opens it.
    await panel.locator('.detail-findings summary').click();
    const listed = panel.locator('.detail-findings li');
    await expect.poll(() => listed.count(), { timeout: 20_000 }).toBe(human.length);
    // The same findings the table keeps, and none from animals or cells.
    expect(await matchingFindings(page)).toBe(human.length);
    const cited = await listed.evaluateAll((items) => items.map((li) => li.textContent ?? ''));
    for (const f of all.filter((f) => !lens.findings.has(f.id)))
      expect(
        cited.some((text) => text.includes(f.result)),
        f.id,
      ).toBe(false);
    expect(await panel.locator('.detail-findings summary').textContent()).toBe(
      `All ${human.length} findings in humans, strongest first`,
    );
    const note = panel.locator('.lens-hidden');
    expect((await note.textContent())!.replace(/\s+/g, ' ')).toContain(
      `${hiddenByLensText(all.length - human.length)}.`,
    );
    expect(await axeViolations(page, '.detail')).toEqual([]);

    // Reached and pressed from the keyboard: back to all evidence, focus on the full list.
    const button = note.getByRole('button', { name: 'Show all evidence' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('?focus=node:bdnf');
    await expect.poll(() => listed.count()).toBe(all.length);
    expect(await note.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      `All ${all.length} findings, strongest first`,
    );
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('the detail panel hides every finding of a step no study in humans bears on, as the table does', async () => {
    const all = findingsForNode(data, 'trkb');
    expect(all.some((f) => lens.findings.has(f.id))).toBe(false);
    const { page } = await openSite(
      getBrowser(),
      `${inject('siteUrl')}?evidence=human&focus=node:trkb`,
    );
    const note = page.locator('.detail .lens-hidden');
    await expect
      .poll(async () => (await note.textContent())?.replace(/\s+/g, ' ').trim(), {
        timeout: 20_000,
      })
      .toBe(`${hiddenByLensText(all.length)}. Show all evidence`);
    expect(await page.locator('.detail .detail-findings').count()).toBe(0);
    // The table beside it says why: no study in humans bears on the step.
    expect(await page.locator('.empty-state').textContent()).toContain(
      'No study in humans in this dataset bears on',
    );
    await page.context().close();
  });
});
