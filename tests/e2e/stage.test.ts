/**
 * The presenter's stage, measured as the back row would see it: at projector sizes, every
 * tour step fits one screen, shows its caption and what it is about, and cuts nothing off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { realData } from '../unit/realData.ts';
import { useBrowser } from './chromium.ts';

const data = realData();
const getBrowser = useBrowser();

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a step shows, measured in the page: boxes, overflow, and the diagram's label sizes. */
function measureStage(page: Page, focusId: string | null) {
  return page.evaluate((focusId) => {
    const rect = (el: Element | null): Rect | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const shown = [...document.querySelectorAll('main > section.view')].filter(
      (section) => getComputedStyle(section).display !== 'none',
    );
    const svg = document.querySelector('.diagram-frame svg');
    const svgBox =
      svg && getComputedStyle(svg.closest('section')!).display !== 'none' ? rect(svg) : null;
    const inside = (r: DOMRect, box: Rect) =>
      r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
    // Labels drawn inside the visible drawing, with their size on screen in CSS px.
    const labels = svgBox
      ? [...document.querySelectorAll('.diagram-frame .node .label')]
          .filter((label) => inside(label.getBoundingClientRect(), svgBox))
          .map((label) => ({
            text: label.textContent ?? '',
            px:
              parseFloat(getComputedStyle(label).fontSize) *
              ((label as SVGGraphicsElement).getScreenCTM()?.a ?? 0),
          }))
      : [];
    // The timeline's words (bands, headers, notes, ticks, the window's band), if it is shown.
    const chart = document.querySelector('.timeline-figure svg');
    const timeline =
      chart && getComputedStyle(chart.closest('section')!).display !== 'none'
        ? {
            box: rect(chart)!,
            view: rect(chart.closest('section'))!,
            labels: [...chart.querySelectorAll('text')]
              .filter((text) => (text.textContent ?? '').trim())
              .map((text) => ({
                text: text.textContent ?? '',
                px:
                  parseFloat(getComputedStyle(text).fontSize) *
                  ((text as SVGGraphicsElement).getScreenCTM()?.a ?? 0),
              })),
          }
        : null;
    const caption = document.querySelector('.presenter-caption');
    return {
      viewport: { left: 0, top: 0, right: innerWidth, bottom: innerHeight },
      pageHeight: document.documentElement.scrollHeight,
      views: shown.map((section) => ({ name: section.className, box: rect(section)! })),
      presenter: rect(document.querySelector('.presenter')),
      captionClipped: caption ? caption.scrollHeight > caption.clientHeight + 1 : true,
      focus: focusId
        ? rect(document.querySelector(`.diagram-frame [data-id="${CSS.escape(focusId)}"]`))
        : null,
      svgBox,
      labels,
      timeline,
    };
  }, focusId);
}

const within = (inner: Rect, outer: Rect, slack = 1) =>
  inner.left >= outer.left - slack &&
  inner.top >= outer.top - slack &&
  inner.right <= outer.right + slack &&
  inner.bottom <= outer.bottom + slack;

describe('the presenter’s stage', () => {
  for (const [width, height] of [
    [1280, 720],
    [1920, 1080],
    [3840, 2160],
  ] as const) {
    it(`fits every tour step on a ${width}×${height} projector`, async () => {
      const context = await getBrowser().newContext({
        viewport: { width, height },
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(`${inject('siteUrl')}?theme=projector&step=1`);
      const problems: string[] = [];
      for (const [i, step] of data.tour.entries()) {
        const n = i + 1;
        if (n > 1) await page.keyboard.press('PageDown');
        await expect
          .poll(() => page.locator('.presenter-count').textContent(), { timeout: 20_000 })
          .toBe(`Step ${n} of ${data.tour.length}`);
        const stage = step.stage ?? 'diagram';
        const wanted = stage === 'both' ? 2 : 1;
        await expect
          .poll(() => page.locator('main > section.view:visible').count(), { timeout: 20_000 })
          .toBe(wanted);
        if (stage !== 'timeline')
          await page.locator('.diagram-frame svg').waitFor({ state: 'visible' });
        if (stage !== 'diagram') await page.locator('.timeline-figure svg').waitFor();
        const [kind, id] = step.focus?.split(':') ?? [];
        const onDiagram = stage !== 'timeline' && (kind === 'node' || kind === 'edge');
        const name = `step ${n} (${step.id})`;
        const check = (m: Awaited<ReturnType<typeof measureStage>>) => {
          const found: string[] = [];
          if (m.pageHeight > height + 1) found.push(`${name}: page is ${m.pageHeight}px tall`);
          if (!m.presenter || !within(m.presenter, m.viewport))
            found.push(`${name}: caption outside the screen`);
          if (m.captionClipped) found.push(`${name}: caption cut off`);
          for (const view of m.views)
            if (!within(view.box, m.viewport)) found.push(`${name}: ${view.name} cut off`);
          if (onDiagram && (!m.focus || !m.svgBox || !within(m.focus, m.svgBox)))
            found.push(`${name}: its focus ${id} is not in view`);
          // The back row of a 200-seat hall needs about 28 px at 1080 lines, and in proportion
          // on other screens.
          const floor = (28 * height) / 1080;
          if (stage !== 'diagram') {
            if (!m.timeline) found.push(`${name}: no timeline on the stage`);
            else {
              if (!within(m.timeline.box, m.timeline.view))
                found.push(`${name}: the timeline is cut off`);
              for (const label of m.timeline.labels)
                if (label.px < floor - 0.5)
                  found.push(`${name}: timeline's "${label.text}" at ${label.px.toFixed(1)} px`);
            }
          }
          if (stage !== 'timeline') {
            if (m.labels.length === 0) found.push(`${name}: no step label in view`);
            for (const label of m.labels)
              if (label.px < floor - 0.5)
                found.push(`${name}: "${label.text}" at ${label.px.toFixed(1)} px`);
          }
          return found;
        };
        // The stage settles on the step's framing as the audience would wait for it; what is
        // still wrong once it has settled is a problem.
        let found: string[] = [];
        await expect
          .poll(
            async () => (found = check(await measureStage(page, onDiagram ? id! : null))).length,
            { timeout: 10_000 },
          )
          .toBe(0)
          .catch(() => {});
        problems.push(...found);
      }
      expect(problems).toEqual([]);
      await context.close();
      // Each step may wait up to 10 s to settle: enough for all ten on a busy machine.
    }, 180_000);
  }

  it('keeps a speaker view in step with the projected window, both ways', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 1280, height: 720 } });
    const projected = await context.newPage();
    await projected.goto(`${inject('siteUrl')}?theme=projector&step=2`);
    await expect
      .poll(() => projected.locator('.presenter-count').textContent())
      .toBe(`Step 2 of ${data.tour.length}`);
    // The presenter opens the notes from the bar: a second window of the same origin.
    const [notes] = await Promise.all([
      context.waitForEvent('page'),
      projected.getByRole('button', { name: 'Speaker notes' }).click(),
    ]);
    await notes.getByRole('heading', { name: 'Speaker notes' }).waitFor();
    const nowShowing = () => notes.locator('.speaker-now h2').textContent();
    await expect.poll(nowShowing).toBe(data.tour[1]!.title);
    expect(await notes.locator('.speaker-notes').textContent()).toBe(data.tour[1]!.notes);
    await expect
      .poll(() => notes.locator('.speaker-next').textContent())
      .toContain(data.tour[2]!.title);
    await expect.poll(() => notes.locator('.speaker-time').textContent()).toMatch(/\d:\d\d/);

    // The clicker in the projected window moves the notes…
    await projected.keyboard.press('PageDown');
    await expect.poll(nowShowing).toBe(data.tour[2]!.title);
    // …and the clicker in the notes window moves the projection.
    await notes.keyboard.press('ArrowRight');
    await expect
      .poll(() => projected.locator('.presenter-count').textContent())
      .toBe(`Step 4 of ${data.tour.length}`);
    await expect.poll(nowShowing).toBe(data.tour[3]!.title);

    // A reader's ordinary tab of the explorer is not pulled into the tour.
    const reader = await context.newPage();
    await reader.goto(inject('siteUrl'));
    await reader.locator('.diagram-frame svg').waitFor();
    await projected.keyboard.press('PageDown');
    await expect.poll(nowShowing).toBe(data.tour[4]!.title);
    expect(await reader.locator('.presenter').count()).toBe(0);
    await context.close();
  });
});
