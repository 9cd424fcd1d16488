import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { AXE_BUDGET, axeViolations, openSite } from './page.ts';

const getBrowser = useBrowser();

describe('the embed dialog', () => {
  it(
    'builds the snippet from the chosen settings, previews it, and copies it (or selects it when copying is blocked)',
    async () => {
      const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?compound=ketamine`);
      expect(await page.locator('iframe').count()).toBe(0);
      await page.getByRole('button', { name: 'Embed' }).click();
      const dialog = page.getByRole('dialog', { name: 'Embed this explorer in your page' });
      await dialog.getByRole('checkbox', { name: 'Evidence table' }).uncheck();
      await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('projector');
      const code = dialog.getByRole('textbox', { name: 'Code to paste' });
      await expect
        .poll(() => code.inputValue())
        .toContain('compound=ketamine&amp;view=diagram,timeline&amp;theme=projector&amp;embed=1');
      const preview = dialog.frameLocator('iframe');
      await preview.locator('section.diagram').waitFor();
      expect(await preview.locator('section.evidence').count()).toBe(0);

      // The species lens: a teacher can embed the human-evidence view.
      await dialog.getByRole('combobox', { name: 'Evidence shown' }).selectOption('human');
      await expect
        .poll(() => code.inputValue())
        .toContain('view=diagram,timeline&amp;evidence=human&amp;theme=projector&amp;embed=1');
      await expect
        .poll(() => preview.locator('.edge-badge.absent').count(), { timeout: 10_000 })
        .toBeGreaterThan(0);

      // Headless Chromium refuses clipboard access without permission: the fallback selects the code.
      await dialog.getByRole('button', { name: 'Copy the code' }).click();
      await expect.poll(() => dialog.getByRole('status').textContent()).toMatch(/Copied|selected/);

      expect(await axeViolations(page, '.embed-dialog')).toEqual([]);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => page.locator('iframe').count()).toBe(0);
      // Keyboard users land back where they were; a second press opens it again.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Embed');
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      await page.context().close();
    },
    AXE_BUDGET,
  );
});
