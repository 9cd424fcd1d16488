import { describe, expect, inject, it } from 'vitest';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';
import { AXE_BUDGET, axeViolations, openSite } from './page.ts';

const data = realData();
const getBrowser = useBrowser();

describe('the learning layer', () => {
  // Visits every show-me link of every question, so its time grows with the content.
  it("each question's show-me links set the views and the URL", { timeout: 120_000 }, async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    expect(data.questions.length).toBeGreaterThanOrEqual(5);
    for (const question of data.questions) {
      const details = page.locator(`#question-${question.id}`);
      await details.locator('summary').click();
      for (const link of question.showMe) {
        await details.getByRole('button', { name: `Show me: ${link.label}` }).click();
        // The address is written once the selection rests (urlSync.svelte.ts).
        const params = () => {
          const found = new URL(page.url()).searchParams;
          return { compound: found.get('compound'), focus: found.get('focus') };
        };
        await expect
          .poll(params, { message: `${question.id}: ${link.label}` })
          .toEqual({ compound: link.compound ?? null, focus: link.focus ?? null });
        if (link.focus) await expect.poll(() => page.locator('.detail h3').count()).toBe(1);
      }
    }
    await page.context().close();
  });

  // It runs axe: the budget every such test has (page.ts).
  it(
    'the comparison is a matrix of marks whose cells open their text and findings',
    { timeout: AXE_BUDGET },
    async () => {
      const { page } = await openSite(getBrowser(), inject('siteUrl'));
      const table = page.locator('table.comparison');
      const uncovered = data.interface.filter((t) => t.kind === 'not-covered');
      await expect
        .poll(() => table.locator('tbody td').count(), { timeout: 20_000 })
        .toBe(data.comparison.length + uncovered.length);
      // Interventions the dataset does not cover are listed with the reason, not dropped.
      for (const row of uncovered)
        expect(
          await table.locator('tr.not-covered', { hasText: row.name }).textContent(),
        ).toContain('Not covered by this dataset');
      // Every cell is a button named by its row, its column and what its mark means.
      const marks = table.getByRole('button');
      expect(await marks.count()).toBe(data.comparison.length);
      const key = await page.getByRole('list', { name: 'What the marks mean' }).textContent();
      for (const name of await marks.evaluateAll((els) => els.map((el) => el.ariaLabel ?? ''))) {
        const meaning = name.split(': ').at(-1)!;
        expect(key, name).toContain(meaning);
      }
      // Human blood BDNF after psilocybin was measured and did not change (Ley 2023 and others).
      const psilocybin = data.compounds.find((c) => c.id === 'psilocybin')!.name;
      const cell = page.getByRole('button', {
        name: `${psilocybin}, BDNF (humans): Looked for in humans, not clearly shown`,
      });
      // Exercise's clinical evidence is a meta-analysis: human evidence, but not a primary study,
      // so not "shown" (the rule the diagram's arrows use); the key says what each mark means.
      const exercise = data.compounds.find((c) => c.id === 'exercise')!.name;
      expect(
        await table
          .getByRole('button', {
            name: `${exercise}, Clinical evidence: In humans by meta-analysis only`,
          })
          .count(),
      ).toBe(1);
      expect(key).toContain('Shown in a primary human study');
      await cell.click();
      await expect.poll(() => cell.getAttribute('aria-expanded')).toBe('true');
      const text = data.comparison.find(
        (c) => c.compound === 'psilocybin' && c.dimension === 'bdnf-human',
      )!;
      const opened = page.locator('#comparison-cell');
      await expect.poll(() => opened.textContent()).toContain(text.text);
      await opened
        .getByRole('button', { name: /^Finding:/ })
        .first()
        .click();
      await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toMatch(/^finding:/);
      // Or every cell's text at once, for reading through.
      await page.getByRole('button', { name: 'Show the text in every cell' }).click();
      await expect.poll(() => table.textContent()).toContain(text.text);
      for (const none of data.comparison.filter((c) => c.evidence === 'none'))
        expect(none.text).toMatch(/\bno\b/i);
      expect(await axeViolations(page, '.view.learn')).toEqual([]);
      await page.context().close();
    },
  );

  it("reaches each compound's safety lines from the header, and the depression answer links to them", async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    for (const compound of data.compounds.filter((c) => !c.comparison)) {
      await page
        .getByRole('group', { name: 'Show the route of a compound' })
        .getByRole('button', { name: compound.name, exact: true })
        .click();
      const link = page.locator('.compound-status').getByRole('link', { name: 'Safety and risks' });
      await link.click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#safety-${compound.id}`);
      const block = page.locator(`#safety-${compound.id}`);
      await expect
        .poll(() => block.locator('li').count())
        .toBe(data.safety.filter((s) => s.compounds.includes(compound.id)).length);
    }
    const trd = page.locator('#question-treatment-resistant-depression');
    await trd.locator('summary').click();
    await trd.getByRole('link', { name: 'See the safety section' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#safety');
    await page.context().close();
  });

  it(
    'the about page is reachable from embed mode, and axe finds no violation',
    { timeout: AXE_BUDGET },
    async () => {
      const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?embed=1`);
      await page.getByRole('button', { name: 'About the evidence' }).click();
      const about = page.getByRole('dialog', { name: 'About the evidence' });
      await expect.poll(() => about.isVisible()).toBe(true);
      expect(await about.textContent()).toContain('not medical advice');
      // The one rule for "shown in humans", as the comparison's key and the diagram use it.
      expect((await about.textContent())!.replace(/\s+/g, ' ')).toContain(
        'A primary study in people found it: a review or meta-analysis does not count, nor does a mixed or null result.',
      );
      // The yellow fill and dot of steps under way at the chosen time, with a drawn sample.
      const activeKey = about.getByRole('listitem').filter({ hasText: 'yellow fill and dot' });
      expect(await activeKey.textContent()).toContain('measured this step changed');
      expect(await activeKey.locator('.active-sample .active-dot').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();

      const full = await openSite(getBrowser(), inject('siteUrl'));
      await full.page.locator('.question summary').first().click();
      expect(await axeViolations(full.page)).toEqual([]);
      await full.page.context().close();
    },
  );
});
