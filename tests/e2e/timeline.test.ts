import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { openSite, useThePage } from './page.ts';
import { contrastRatio, parseRgb } from './colours.ts';

const getBrowser = useBrowser();

describe('the timeline figure', () => {
  it.each([
    { name: 'a phone', query: '', width: 375, height: 667 },
    { name: 'a laptop', query: '', width: 1280, height: 800 },
    { name: 'a projector', query: '?theme=projector', width: 1920, height: 1080 },
    {
      name: 'one compound, projector type, narrow',
      query: '?theme=projector&compound=lsd',
      width: 800,
      height: 600,
    },
    { name: 'one compound on a phone', query: '?compound=ketamine', width: 375, height: 667 },
    // Spanish phase names are longer: "Ventana de plasticidad" for "Plasticity window".
    { name: 'Spanish, a laptop', query: '?lang=es', width: 1280, height: 800 },
    {
      name: 'Spanish, projector type',
      query: '?lang=es&theme=projector',
      width: 1920,
      height: 1080,
    },
  ])(
    'every label, note and tick is drawn whole inside the figure: $name',
    async ({ query, width, height }) => {
      const { page } = await openSite(getBrowser(), `${inject('siteUrl')}${query}`, {
        width,
        height,
      });
      const svg = page.locator('.timeline-figure svg');
      await svg.waitFor();
      const cut = await svg.evaluate((chart: SVGSVGElement) => {
        const frame = chart.getBoundingClientRect();
        return [...chart.querySelectorAll('text')]
          .map((text) => ({ text: text.textContent, box: text.getBoundingClientRect() }))
          .filter(({ box }) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5)
          .map(
            ({ text, box }) =>
              `${text} (${Math.round(box.left - frame.left)}–${Math.round(box.right - frame.left)} of ${Math.round(frame.width)})`,
          );
      });
      expect(cut).toEqual([]);
      await page.context().close();
    },
  );

  it.each([
    { name: 'a phone', query: '', width: 375, height: 667, min: 14 },
    { name: 'a laptop', query: '', width: 1280, height: 800, min: 14 },
    { name: 'a projector', query: '?theme=projector', width: 1920, height: 1080, min: 28 },
  ])(
    'the window band is drawn and its words are large and inside the figure: $name',
    async ({ query, width, height, min }) => {
      const { page } = await openSite(getBrowser(), `${inject('siteUrl')}${query}`, {
        width,
        height,
      });
      const band = page.locator('.timeline-figure [data-testid="window-band"]');
      await band.waitFor();
      const drawn = await band.evaluate((g: SVGGElement) => {
        const frame = g.ownerSVGElement!.getBoundingClientRect();
        const text = g.querySelector('text')!;
        const words = text.getBoundingClientRect();
        const rect = g.querySelector('rect')!.getBoundingClientRect();
        const tab = g.querySelectorAll('rect')[1]!.getBoundingClientRect();
        return {
          // The words sit on the band's tab, never hanging off the band's edge.
          onTab: words.left >= tab.left - 0.5 && words.right <= tab.right + 0.5,
          // One line, or two tspans on a phone.
          words: [...text.querySelectorAll('tspan')].map((t) => t.textContent!.trim()).join(' '),
          size: parseFloat(getComputedStyle(text).fontSize),
          inside:
            words.left >= frame.left - 0.5 &&
            words.right <= frame.right + 0.5 &&
            words.top >= frame.top - 0.5,
          band: { width: rect.width, height: rect.height },
          opacity: getComputedStyle(g).opacity,
        };
      });
      expect(drawn.words).toBe('The window: days to weeks (measured in mice)');
      expect(drawn.size).toBeGreaterThanOrEqual(min);
      expect(drawn.inside).toBe(true);
      expect(drawn.onTab).toBe(true);
      expect(drawn.band.width).toBeGreaterThan(20);
      expect(drawn.band.height).toBeGreaterThan(100);
      expect(drawn.opacity).toBe('1');
      await page.context().close();
    },
  );

  it.each(['light', 'dark', 'projector'])(
    'the window band’s words stand out from the page in the %s theme',
    async (theme) => {
      const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?theme=${theme}`);
      const words = page.locator('.timeline-figure [data-testid="window-band"] text');
      await words.waitFor();
      const [fill, background] = await words.evaluate((text) => [
        getComputedStyle(text).fill,
        getComputedStyle(document.documentElement).backgroundColor,
      ]);
      expect(contrastRatio(parseRgb(fill)!, parseRgb(background)!)).toBeGreaterThanOrEqual(4.5);
      await page.context().close();
    },
  );

  it('a selection that fades bars says in the key what is faded, and why', async () => {
    const { page } = await openSite(getBrowser(), `${inject('siteUrl')}?focus=node:window`);
    const note = page.locator('.timeline-key .faded-note');
    await expect.poll(() => note.textContent()).toMatch(/^Faded: phases without .+ under way\.$/);
    expect(await note.isVisible()).toBe(true);
    await expect.poll(() => page.locator('.timeline-figure rect.faded').count()).toBeGreaterThan(0);
    // Cleared with the selection.
    await page.goto(inject('siteUrl'));
    await useThePage(page);
    await page.locator('.timeline-figure svg').waitFor();
    expect(await note.count()).toBe(0);
    await page.context().close();
  });

  it('a press on a bar’s uncertain tail or its species note selects that event too', async () => {
    const { page } = await openSite(getBrowser(), inject('siteUrl'));
    const figure = page.locator('.timeline-figure');
    await figure.locator('svg').waitFor();
    const note = figure.locator('text[data-event]').first();
    const id = await note.getAttribute('data-event');
    await note.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe(`event:${id}`);
    await page.context().close();
  });

  it.each([
    { name: 'a phone', width: 375, height: 667 },
    { name: 'a laptop', width: 1280, height: 800 },
  ])(
    'the time slider lies on the axis: pressing a tick sets its time ($name)',
    async ({ width, height }) => {
      const { page } = await openSite(getBrowser(), inject('siteUrl'), { width, height });
      const slider = page.getByRole('slider', { name: 'Time after the dose' });
      const readout = page.locator('.time-readout');
      await slider.scrollIntoViewIfNeeded();
      const ticks = page.locator('.timeline-figure svg text[text-anchor="middle"]');
      await expect.poll(() => ticks.count()).toBeGreaterThan(3);
      const sliderBox = (await slider.boundingBox())!;
      // Each labelled tick: a press on the axis straight above its words sets that time.
      const expected = new Map([
        ['1 hour', /^1 hour/],
        ['1h', /^1 hour/],
        ['1 day', /^1 day/],
        ['1d', /^1 day/],
        ['1 week', /^(1 week|7 days)/],
        ['1wk', /^(1 week|7 days)/],
      ]);
      let pressed = 0;
      for (const tick of await ticks.all()) {
        const words = (await tick.textContent())!.trim();
        const want = expected.get(words);
        if (!want) continue;
        const box = (await tick.boundingBox())!;
        await page.mouse.click(box.x + box.width / 2, sliderBox.y + sliderBox.height / 2);
        await expect.poll(() => readout.textContent()).toMatch(want);
        // The cursor line is drawn where the tick is.
        const cursor = (await page.locator('.time-cursor').boundingBox())!;
        expect(Math.abs(cursor.x + cursor.width / 2 - (box.x + box.width / 2))).toBeLessThan(3);
        pressed++;
      }
      expect(pressed).toBeGreaterThanOrEqual(2);
      // The keys step through the stops; the slider says the time in words.
      await slider.focus();
      await page.keyboard.press('End');
      await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('8 weeks after the dose');
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('7 weeks after the dose');
      await page.context().close();
    },
  );
});

describe('the time strip under the diagram', () => {
  it.each([
    { width: 320, height: 640 },
    { width: 1280, height: 800 },
  ])(
    'keeps its tick labels inside its track while a selection shows its phases, $width px',
    async (viewport) => {
      const { page } = await openSite(
        getBrowser(),
        `${inject('siteUrl')}?focus=node:spines`,
        viewport,
      );
      const track = page.locator('.time-strip-track');
      await expect.poll(() => track.locator('.time-strip-phase').count()).toBeGreaterThan(0);
      const outside = await track.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [...el.querySelectorAll('.time-strip-tick')]
          .map((tick) => ({ text: tick.textContent, r: tick.getBoundingClientRect() }))
          .filter(({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5)
          .map(({ text }) => text);
      });
      expect(outside).toEqual([]);
      await page.context().close();
    },
  );
});
