/**
 * Reliability sweeps: many malformed addresses, every theme at every width, and a
 * keyboard-only walk through the main journey. None may raise a page error, overflow
 * the screen sideways, or request anything from another origin.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { openSite } from './page.ts';
import { prototypeQueries } from '../fixtures/prototypeKeys.ts';

const getBrowser = useBrowser();
// Each sweep opens many pages (15 full loads, or 6 widths), so it has its own budget
// rather than the 30 s of a one-page test: on a saturated CPU a page load takes seconds.
const SWEEP_BUDGET = 240_000;

/** Seeded generator of hostile query strings: same inputs on every run. */
function malformedQueries(count: number, seed = 7): string[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  const names = ['compound', 'focus', 't', 'view', 'theme', 'embed', 'step', 'x'];
  const values = [
    'lsdx',
    'node:',
    'node:bdnf',
    'edge:nope',
    'event:<b>',
    'finding:',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '%E0%A4%A',
    '-1',
    '1e309',
    'NaN',
    '999999',
    '24h',
    '2w',
    '0',
    'diagram,,',
    'table,timeline',
    'projector',
    'DARK',
    '🙂',
    'a'.repeat(300),
    '',
    ' ',
    '%00',
    'javascript:alert(1)',
  ];
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
      const value = pick(values);
      return `${pick(names)}=${random() < 0.5 ? encodeURIComponent(value) : value}`;
    });
    return `?${parts.join('&')}`;
  });
}

describe('sweeps', () => {
  it(
    '500 malformed addresses: never a page error, always the whole explorer',
    async () => {
      const queries = malformedQueries(500);
      const { page, consoleErrors, foreignRequests } = await openSite(
        getBrowser(),
        inject('siteUrl'),
      );
      await page.locator('.timeline-figure svg').first().waitFor();
      // Full loads for the first 15; the rest through history, which re-reads the address
      // the same way (popstate) and is fast enough for every CI run.
      for (const query of queries.slice(0, 15)) {
        await page.goto(`${inject('siteUrl')}${query}`, { waitUntil: 'load' });
        await page.locator('main').waitFor();
      }
      // Then every parameter with every name a plain object inherits (`focus=constructor:x`).
      const failures = await page.evaluate(
        async (rest) => {
          const bad: string[] = [];
          for (const query of rest) {
            history.pushState(null, '', query);
            dispatchEvent(new PopStateEvent('popstate'));
            await new Promise((r) => setTimeout(r, 0));
            if (
              !document.querySelector('main') ||
              document.querySelectorAll('main section.view').length === 0
            )
              bad.push(query);
            if (document.querySelector('main script, main img[src="x"]'))
              bad.push(`injected: ${query}`);
          }
          return bad;
        },
        [...queries.slice(15), ...prototypeQueries()],
      );
      expect(failures).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      await page.context().close();
    },
    SWEEP_BUDGET,
  );

  const widths = [320, 375, 768, 1280, 1920, 3840];
  it.each(['light', 'dark', 'projector'])(
    'theme %s at every width: no console message, no sideways overflow',
    async (theme) => {
      for (const width of widths) {
        const { page, consoleErrors, foreignRequests } = await openSite(
          getBrowser(),
          `${inject('siteUrl')}?theme=${theme}&compound=psilocybin&t=1d`,
          { width, height: Math.round(width * 0.6) + 200 },
        );
        const warnings: string[] = [];
        page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
        await page.locator('.timeline-figure svg').first().waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${theme} at ${width}px`).toBeLessThanOrEqual(0);
        expect(consoleErrors, `${theme} at ${width}px`).toEqual([]);
        expect(warnings, `${theme} at ${width}px`).toEqual([]);
        expect(foreignRequests).toEqual([]);
        await page.context().close();
      }
    },
    SWEEP_BUDGET,
  );
});
