/**
 * The explorer in Spanish (?lang=es, or a browser that prefers Spanish), and what English
 * readers are spared: not one Spanish byte.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { openSite } from './page.ts';

const getBrowser = useBrowser();

/** Common English function words: a Spanish text holds none of them. */
const ENGLISH = /\b(the|and|of|in|with|to|is|from)\b/i;

/**
 * Every visible text and accessible name on the first screen (the part of the page in the
 * window) that is not inside an element marked lang="en", with where it was found.
 */
function firstScreenTexts(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    const onScreen = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.top < innerHeight &&
        style.visibility !== 'hidden' &&
        !el.closest('[hidden], [aria-hidden="true"]')
      );
    };
    const english = (el: Element) => el.closest('[lang]')?.getAttribute('lang') === 'en';
    const where = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim();
      if (!el || !text || english(el) || el.closest('script, style')) continue;
      // Visually hidden text is read out: it counts when what it belongs to is in the window.
      const hidden = el.closest('.visually-hidden');
      if (hidden ? hidden.parentElement && onScreen(hidden.parentElement) : onScreen(el))
        found.push(`${where(el)}: ${text}`);
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (english(el) || !onScreen(el)) continue;
      for (const name of ['aria-label', 'title', 'alt', 'aria-valuetext', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) found.push(`${where(el)} [${name}]: ${value}`);
      }
    }
    for (const title of document.querySelectorAll('svg title, svg desc')) {
      const svg = title.closest('svg');
      if (svg && onScreen(svg) && !english(title))
        found.push(`svg ${title.tagName}: ${title.textContent}`);
    }
    return found;
  });
}

describe('?lang=es', () => {
  it('shows Spanish headings, node labels and details, with <html lang="es">', async () => {
    // 1280 px, a laptop: the details sit beside the diagram, and the Spanish cascade still runs
    // left to right with the compounds drawn in it (each stage heading wraps to its columns).
    const { page, consoleErrors } = await openSite(getBrowser(), `${inject('siteUrl')}?lang=es`, {
      width: 1280,
      height: 800,
    });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect.poll(() => page.locator('#diagram-heading').textContent()).toBe('La cascada');
    expect(await page.locator('#timeline-heading').textContent()).toBe(
      'Tras una dosis: la línea de tiempo',
    );
    expect(await page.locator('#evidence-heading').textContent()).toBe('La evidencia');
    const diagram = page.getByRole('group', {
      name: 'Cascada de los compuestos al cambio duradero',
    });
    await diagram.getByRole('button', { name: /^Aumento de glutamato:/ }).waitFor();
    await diagram.getByRole('button', { name: /^Psilocibina: mostrar su ruta/ }).waitFor();

    await diagram.getByRole('button', { name: /^BDNF:/ }).click();
    await expect
      .poll(() => page.locator('.detail').textContent())
      .toContain('factor neurotrófico derivado del cerebro');
    // Every box and heading is drawn whole, inside the diagram and clear of the details beside it.
    const fit = await page.evaluate(() => {
      const frame = document.querySelector('.diagram-viewport')!.getBoundingClientRect();
      const details = document.querySelector('.detail-column')!.getBoundingClientRect();
      const drawn = [
        ...document.querySelectorAll('.diagram-frame .node, .diagram-frame .stage-heading'),
      ];
      return {
        horizontal: !!document.querySelector('.diagram-frame svg.orientation-horizontal'),
        count: drawn.length,
        outside: drawn
          .map((el) => ({ text: el.textContent?.trim(), box: el.getBoundingClientRect() }))
          .filter(
            ({ box }) =>
              box.left < frame.left ||
              box.right > frame.right ||
              box.top < frame.top ||
              box.bottom > frame.bottom ||
              box.right > details.left,
          )
          .map(({ text }) => text),
      };
    });
    expect(fit.horizontal).toBe(true);
    expect(fit.count).toBeGreaterThan(10);
    expect(fit.outside).toEqual([]);
    // The link keeps the language.
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('es');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('has no English on the first screen but what is marked lang="en"', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 375, height: 667 },
    ]) {
      const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?lang=es`, viewport);
      await page.locator('.timeline-figure svg').first().waitFor();
      const texts = await firstScreenTexts(page);
      expect(texts.length).toBeGreaterThan(20);
      expect(texts.filter((text) => ENGLISH.test(text.replace(/^[^:]*: /, '')))).toEqual([]);
      await page.context().close();
    }
  });

  it("tells the tour and the findings' times in Spanish, each with its own part", async () => {
    const tour = await openSite(getBrowser(), `${inject('siteUrl')}?lang=es&step=1`);
    // The tour's words arrive apart from the prose, and their translation with them.
    await expect
      .poll(() => tour.page.locator('.presenter h2').textContent())
      .toContain('Distintas puertas de entrada');
    expect(await tour.page.locator('.presenter-caption').textContent()).toContain(
      'La psilocibina, el LSD y la DMT activan el receptor de serotonina 5-HT2A',
    );
    expect(tour.consoleErrors).toEqual([]);
    await tour.page.context().close();

    const time = await openSite(
      getBrowser(),
      `${inject('siteUrl')}?lang=es&compound=psilocybin&t=24h`,
    );
    // The time strip waits for the findings' measured times, then counts in Spanish.
    await expect
      .poll(() => time.page.locator('.time-strip-status').textContent())
      .toMatch(/tras una dosis: \d+ pasos? medidos? en marcha/);
    expect(time.consoleErrors).toEqual([]);
    await time.page.context().close();
  });

  it('follows a browser that prefers Spanish when the link names no language', async () => {
    const context = await getBrowser().newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    await page.goto(inject('siteUrl'), { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('#diagram-heading').textContent()).toBe('La cascada');
    await context.close();
  });
});

describe('an English page', () => {
  it('downloads no Spanish: not the content overlay, not the interface words', async () => {
    const context = await getBrowser().newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(response.text());
    });
    await page.goto(`${inject('siteUrl')}?focus=node:bdnf`, { waitUntil: 'networkidle' });
    await page.locator('.timeline-figure svg').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#diagram-heading').textContent()).toBe('The cascade');
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(5);
    // A Spanish node label (overlay) and a Spanish interface word (messages).
    for (const spanish of ['Psilocibina', 'La cascada', 'espinas dendríticas'])
      expect(loaded.filter((code) => code.includes(spanish))).toEqual([]);
    await context.close();
  });
});
