/** Opens the built site in a fresh context and records what a user would not want to see. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Frame, Page } from 'playwright-core';

/**
 * @axe-core/playwright (4.13, `inject` in its dist/index.js) gives itself one second to put
 * axe into each frame, and skips a slower frame without a word. On a busy machine a sandboxed
 * embed's document went unscanned, and the host page's page-level rules (one main region, one
 * h1) were judged without it. The scans here wait for the injection as long as it takes, within
 * the test's own budget (AXE_BUDGET).
 */
interface AxeInjector {
  inject?: (frames: Frame[], shouldThrow?: boolean) => Promise<void>;
  script(): string;
  axeConfigure(): Promise<string>;
}
const injector = AxeBuilder.prototype as unknown as AxeInjector;
if (typeof injector.inject !== 'function')
  throw new Error('@axe-core/playwright no longer has the inject() that page.ts replaces');
injector.inject = async function (this: AxeInjector, frames, shouldThrow) {
  for (const frame of frames) {
    try {
      await frame.evaluate(this.script());
      await frame.evaluate(await this.axeConfigure());
    } catch (error) {
      if (shouldThrow) throw error;
    }
  }
};

export interface OpenedPage {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * Opens the page and, unless `untouched`, uses it as a reader would (a turn of the mouse wheel
 * and back), so the parts below the first screen, drawn only once a reader could reach them
 * (src/lib/state/reveal.svelte.ts), are drawn.
 */
export async function openSite(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
  { untouched = false } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(url).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith('data:')) foreignRequests.push(target);
  });
  // 'load', not 'networkidle': waiting for half a second of network quiet on every open cost
  // more than a minute across the suite. What a test needs after that (the page drawn, a
  // part loaded), it waits for as a reader would.
  await page.goto(url, { waitUntil: 'load' });
  if (!untouched) await useThePage(page);
  return { page, consoleErrors, foreignRequests };
}

/**
 * What a reader does before reading on: a turn of the wheel down and back up. The page then
 * draws every part it held back, and the test waits until it has (no place is left waiting).
 */
export async function useThePage(page: Page): Promise<void> {
  // A reader waits for the page to show before using it: a wheel turned before the mount
  // would reach nothing.
  await page.locator('#app > *').first().waitFor({ state: 'attached' });
  await page.mouse.move(1, 1);
  await page.mouse.wheel(0, 40);
  await page.mouse.wheel(0, -40);
  await page.locator('.reach-point').first().waitFor({ state: 'detached' });
}

/**
 * A test that runs axe gets this budget instead of the default 30 s: a full-page scan takes
 * 5–10 s on an idle 2-core machine and three times that with the CPU saturated.
 */
export const AXE_BUDGET = 120_000;

/**
 * axe's violations on the page (or the part `include` names), one readable line each;
 * `only` runs just the rules it names. `sandboxed`: the page is in a frame with an opaque
 * origin, to which the stylesheet (fetched without CORS, decision 0012) is unreadable; axe
 * would fetch it and parse it in an inline <style>, which the site's policy blocks (a console
 * error of axe's own), so it does not preload style sheets there.
 */
export async function axeViolations(
  page: Page,
  include?: string,
  only?: string[],
  { sandboxed = false } = {},
): Promise<string[]> {
  // Also the two rules axe leaves off by default that Lighthouse runs: a control's name
  // includes its visible text, and touch targets are at least 24 px apart.
  // Only violations are read, so axe need not collect every passing node (much faster).
  let builder = new AxeBuilder({ page }).options({
    rules: { 'label-content-name-mismatch': { enabled: true }, 'target-size': { enabled: true } },
    resultTypes: ['violations'],
    ...(sandboxed ? { preload: false } : {}),
  });
  if (include) builder = builder.include(include);
  if (only) builder = builder.withRules(only);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => String(n.target)).join(' ')}`,
  );
}

/** The evidence table's finding rows (the page also holds the comparison table). */
export function findingRows(page: Page) {
  return page.getByRole('table', { name: /^Findings behind the cascade/ }).locator('tbody tr');
}

/** How many findings the evidence table says match, whether or not all are listed yet. */
export async function matchingFindings(page: Page): Promise<number> {
  const status = await page.locator('.table-status').textContent();
  return Number(/Showing (\d+) of/.exec(status ?? '')?.[1] ?? NaN);
}

/** Every layout shift since the page started that CLS counts (not right after an input), with what moved. */
export function layoutShifts(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ at: number; value: number; sources: string[] }[]>((resolve) => {
        const found: { at: number; value: number; sources: string[] }[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {
            value: number;
            hadRecentInput: boolean;
            sources?: { node?: Node }[];
          }[]) {
            // A shift just after the reader's own input is the response to it, not a jump.
            if (entry.hadRecentInput) continue;
            found.push({
              at: Math.round((entry as unknown as { startTime: number }).startTime),
              value: entry.value,
              sources: (entry.sources ?? []).map((s) =>
                s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : 'text',
              ),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => setTimeout(() => resolve(found)));
      }),
  );
}
