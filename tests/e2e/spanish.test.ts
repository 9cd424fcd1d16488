/**
 * The explorer in Spanish (?lang=es, or a browser that prefers Spanish), and what English
 * readers are spared: not one Spanish byte.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { englishDetector } from './english.ts';
import { openSite, useThePage } from './page.ts';
import { realData } from '../unit/realData.ts';

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
    // The Spanish page, a build of its own, with the link's query kept.
    expect(new URL(page.url()).pathname).toMatch(/\/es\/$/);
    expect(new URL(page.url()).search).toBe('?lang=es');
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

  it('on a phone, the hint over the top of the drawing covers none of its words, in either language', async () => {
    for (const lang of ['en', 'es'])
      for (const width of [320, 375]) {
        const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?lang=${lang}`, {
          width,
          height: 667,
        });
        await page.locator('.diagram-frame svg text').first().waitFor();
        const covered = await page.evaluate(() => {
          const hint = document.querySelector('.diagram-hint')!.getBoundingClientRect();
          return [...document.querySelectorAll('.diagram-frame svg text')]
            .map((text) => ({ words: text.textContent, box: text.getBoundingClientRect() }))
            .filter(
              ({ box }) =>
                box.width > 0 &&
                box.top < hint.bottom &&
                box.bottom > hint.top &&
                box.left < hint.right &&
                box.right > hint.left,
            )
            .map(({ words }) => words);
        });
        expect(covered, `${lang} at ${width} px`).toEqual([]);
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
    // And from the Spanish page, a link asking for English goes back to the English one.
    await page.goto(`${inject('siteUrl')}es/?lang=en&focus=node:bdnf`, {
      waitUntil: 'networkidle',
    });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(new URL(page.url()).pathname).not.toMatch(/\/es\//);
    expect(await page.locator('#diagram-heading').textContent()).toBe('The cascade');
    await context.close();
  });
});

/**
 * Every visible text and every accessible name (aria-label, title, alt, placeholder,
 * aria-valuetext, aria-description, an SVG's title and desc, and the options of a visible
 * select) in the page or frame, with where it was found, except inside an element marked
 * lang="en" and except what a form control holds (the code and the citation to copy).
 * Visually hidden text is read out, so it counts; so do live regions.
 */
function everyText(target: Page | Frame, allowed: string[]) {
  return target.evaluate((allowed) => {
    const found: { where: string; text: string; allowedIn?: string }[] = [];
    const allowedIn = (el: Element) => allowed.find((selector) => el.closest(selector));
    const shown = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true }) && !el.closest('[hidden], template');
    const english = (el: Element) => el.closest('[lang]')?.getAttribute('lang') === 'en';
    const where = (el: Element) => {
      const parts: string[] = [];
      for (
        let e: Element | null = el;
        e && parts.length < 3 && e !== document.body;
        e = e.parentElement
      )
        parts.unshift(
          `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/)[0]}` : ''}`,
        );
      return parts.join(' > ');
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim();
      if (!el || !text || english(el) || el.closest('script, style, noscript, textarea')) continue;
      const owner = el.closest('option') ? el.closest('select') : el;
      if (owner && shown(owner)) found.push({ where: where(el), text, allowedIn: allowedIn(el) });
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (english(el) || !shown(el)) continue;
      for (const name of [
        'aria-label',
        'aria-description',
        'aria-roledescription',
        'title',
        'alt',
        'aria-valuetext',
        'placeholder',
      ]) {
        const value = el.getAttribute(name)?.trim();
        if (value)
          found.push({ where: `${where(el)} [${name}]`, text: value, allowedIn: allowedIn(el) });
      }
    }
    for (const title of document.querySelectorAll('svg title, svg desc')) {
      const svg = title.closest('svg');
      if (svg && shown(svg) && !english(title) && title.textContent?.trim())
        found.push({
          where: `${where(svg)} ${title.tagName}`,
          text: title.textContent.trim(),
          allowedIn: allowedIn(title),
        });
    }
    return found;
  }, allowed);
}

/**
 * Parts other branches are translating (issue 16): still English here, so walked but not
 * counted. TEMPORARY: each entry goes once its part's Spanish is merged; the list must end empty.
 */
const TEMPORARY_ENGLISH_ALLOWED: { part: string; selector: string }[] = [];

describe('?lang=es, every string', () => {
  const detector = englishDetector();

  /** The English texts in `target` that are not marked lang="en", as readable lines. */
  async function englishIn(target: Page | Frame, state: string) {
    const texts = await everyText(
      target,
      TEMPORARY_ENGLISH_ALLOWED.map((a) => a.selector),
    );
    expect(texts.length, `${state}: nothing was collected`).toBeGreaterThan(0);
    return texts.flatMap(({ where, text, allowedIn }) => {
      const why = detector.whyEnglish(text);
      if (!why || allowedIn) return [];
      return [`${state} › ${where}: "${text.slice(0, 80)}" (${why})`];
    });
  }

  it('knows the English it looks for, and finds a deliberately untranslated string', async () => {
    expect(detector.sizes.messages).toBeGreaterThan(300);
    expect(detector.sizes.content).toBeGreaterThan(800);
    const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?lang=es`);
    await page.locator('.timeline-figure svg').first().waitFor();
    expect(await englishIn(page, 'as it opens')).toEqual([]);
    // An interface message left in English, a content field left in English (the tour's
    // first title), an English accessible name, an English sentence that is neither, and an
    // English text marked as such, which is allowed.
    const contentEnglish = realData().tour[0]!.title;
    await page.evaluate((contentEnglish) => {
      const add = (html: string) => document.body.insertAdjacentHTML('afterbegin', html);
      add('<p id="probe-1">Copy the code</p>');
      add('<p id="probe-2"></p>');
      document.getElementById('probe-2')!.textContent = contentEnglish;
      add('<button id="probe-3" aria-label="Zoom the diagram">+</button>');
      add('<p id="probe-4">Spines grew within a day of the dose.</p>');
      add('<p id="probe-5" lang="en">Copy the code</p>');
    }, contentEnglish);
    const found = (await englishIn(page, 'probe')).filter((line) => line.includes('#probe-'));
    expect(found.map((line) => /#probe-\d/.exec(line)![0]).sort()).toEqual([
      '#probe-1',
      '#probe-2',
      '#probe-3',
      '#probe-4',
    ]);
    expect(found.join('\n')).toContain('message embed_copy');
    expect(found.join('\n')).toContain('the English of tour entry-points title');
    await page.context().close();
  });

  it(
    'shows no English but what is marked lang="en": views, learning section, outline, dialogs, notices',
    { timeout: 240_000 },
    async () => {
      const english: string[] = [];
      const { page } = await openSite(
        getBrowser(),
        `${inject('siteUrl')}?lang=es&compound=psilocybin&t=24h&focus=node:bdnf&since=2026-11-01&evidence=some`,
        { width: 1280, height: 800 },
      );
      await page.locator('.timeline-figure svg').first().waitFor();
      await page.locator('#learn-heading').waitFor();
      await page.locator('.since-note button').waitFor();
      // The link's malformed evidence= is reported, in Spanish.
      await expect
        .poll(() => page.locator('.notice li').textContent())
        .toBe(
          'Se ha ignorado evidence="some": use evidence=human, o evidence=all para todas las especies.',
        );
      // Every disclosure open: the outline, the questions, the table's rows.
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      english.push(...(await englishIn(page, 'the page, all open')));
      // A cell of the comparison, then the text of every cell.
      await page.locator('.comparison .cell-button').first().click();
      english.push(...(await englishIn(page, 'a comparison cell open')));
      await page.getByRole('button', { name: 'Mostrar el texto en todas las celdas' }).click();
      english.push(...(await englishIn(page, 'every comparison cell')));
      // The evidence chart, drawn once it nears the screen, and a finding's row opened.
      await page.locator('.evidence-chart').scrollIntoViewIfNeeded();
      await page.locator('.chart-figure svg').waitFor();
      await page
        .getByRole('button', { name: /^Más sobre / })
        .first()
        .click();
      await page.locator('.row-detail').waitFor();
      english.push(...(await englishIn(page, 'the chart drawn and a finding opened')));
      // A search that matches nothing: the table says how to widen it.
      await page.getByRole('searchbox', { name: 'Buscar' }).fill('zzzz');
      await page.locator('.empty-state').waitFor();
      english.push(...(await englishIn(page, 'a search with no match')));
      await page.getByRole('searchbox', { name: 'Buscar' }).fill('');

      for (const dialog of ['Sobre la evidencia', 'Citar esta vista', 'Insertar']) {
        await page.getByRole('button', { name: dialog, exact: true }).click();
        await page.locator('dialog[open]').waitFor();
        english.push(...(await englishIn(page, `dialog ${dialog}`)));
        if (dialog === 'Insertar') {
          const preview = page.frameLocator('.embed-preview iframe');
          await preview.locator('.diagram-frame .node').first().waitFor();
          const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
          english.push(...(await englishIn(frame, 'the embed preview')));
        }
        await page.keyboard.press('Escape');
        await page.locator('dialog[open]').waitFor({ state: 'detached' });
      }
      await page.context().close();

      // The tour, first and last step, and the speaker view.
      const tour = await openSite(getBrowser(), `${inject('siteUrl')}?lang=es&step=1`);
      await tour.page.locator('.presenter-caption').waitFor();
      english.push(...(await englishIn(tour.page, 'tour step 1')));
      await tour.page.keyboard.press('End');
      await expect.poll(() => new URL(tour.page.url()).searchParams.get('step')).not.toBe('1');
      english.push(...(await englishIn(tour.page, 'tour, last step')));
      await tour.page.context().close();
      const notes = await openSite(
        getBrowser(),
        `${inject('siteUrl')}?lang=es&present=notes&step=2`,
      );
      await notes.page.locator('.speaker-caption').waitFor();
      english.push(...(await englishIn(notes.page, 'speaker view')));
      await notes.page.context().close();

      // A contested arrow: its disagreement, side by side.
      const contested = await openSite(
        getBrowser(),
        `${inject('siteUrl')}?lang=es&focus=edge:5ht2a-spines`,
      );
      await contested.page.locator('.dispute').waitFor();
      // Species are words, not the data's ids (which the English detector cannot tell apart).
      await expect
        .poll(() =>
          contested.page
            .locator('.dispute-side')
            .nth(1)
            .locator('.dispute-design')
            .nth(1)
            .textContent(),
        )
        .toMatch(/^ratón · /);
      english.push(...(await englishIn(contested.page, 'a contested arrow')));
      await contested.page.context().close();

      // A phone, with its menu open, and human evidence only: the notes on what the lens hides.
      const phone = await openSite(
        getBrowser(),
        `${inject('siteUrl')}?lang=es&evidence=human&focus=node:spines`,
        { width: 375, height: 667 },
      );
      await phone.page.locator('.timeline-figure svg').first().waitFor();
      await phone.page.locator('.timeline-key .lens-note').waitFor();
      await phone.page.locator('.chart-figure svg, .chart-placeholder').first().waitFor();
      await phone.page.locator('.tools-toggle').click();
      english.push(...(await englishIn(phone.page, 'phone, menu open, human evidence only')));
      await phone.page.context().close();

      expect([...new Set(english)]).toEqual([]);
    },
  );
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
    // Used, so every part below the first screen is drawn and its code loaded too.
    await useThePage(page);
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

  it('the Spanish page downloads no English words: not the content, not the interface', async () => {
    const context = await getBrowser().newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js')) scripts.push(response.text());
    });
    await page.goto(`${inject('siteUrl')}es/?focus=node:bdnf`, { waitUntil: 'networkidle' });
    await useThePage(page);
    await page.locator('.timeline-figure svg').first().waitFor();
    expect(await page.locator('#diagram-heading').textContent()).toBe('La cascada');
    const loaded = await Promise.all(scripts);
    expect(loaded.length).toBeGreaterThan(5);
    // An English interface message and an English explanation of a step.
    const englishExplanation = realData().nodes.find((n) => n.id === 'bdnf')!.explanation;
    for (const english of ['The cascade', 'Key to the cascade', englishExplanation.slice(0, 40)])
      expect(loaded.filter((code) => code.includes(english))).toEqual([]);
    await context.close();
  });
});
