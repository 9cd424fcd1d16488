/**
 * The site served by a host whose own Content-Security-Policy header allows nothing inline,
 * as a school's or a university's web platform may send: the page must stay readable, and
 * the browser must report no violation.
 */
import { resolve } from 'node:path';
import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { computed, contrastRatio, parseRgb } from './colours.ts';
import { startStaticServer, SUB_PATH } from './static-server.ts';

const getBrowser = useBrowser();
const POLICIES = ["default-src 'self'", "style-src 'self'"];
const servers = new Map<string, { server: Server; url: string }>();

beforeAll(async () => {
  for (const policy of POLICIES) {
    const { server, origin } = await startStaticServer(resolve('dist'), {
      'content-security-policy': policy,
    });
    servers.set(policy, { server, url: `${origin}${SUB_PATH}` });
  }
});
afterAll(() => servers.forEach(({ server }) => server.close()));

/** Opens the page, recording every violation the browser reports, in events and in the console. */
async function openUnder(
  policy: string,
  query: string,
): Promise<{ page: Page; violations: string[] }> {
  const context = await getBrowser().newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(
        `Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      ),
    );
  });
  await page.goto(`${servers.get(policy)!.url}${query}`, { waitUntil: 'networkidle' });
  return { page, violations };
}

describe('under a host policy that allows no inline style', () => {
  it.each([
    { policy: POLICIES[0]!, theme: 'light' },
    { policy: POLICIES[1]!, theme: 'light' },
    { policy: POLICIES[0]!, theme: 'dark' },
  ])(
    '$policy, $theme theme: the diagram reads, with no violation',
    async ({ policy, theme }) => {
      const { page, violations } = await openUnder(policy, `?theme=${theme}`);
      const nodes = page.locator('.diagram-frame .node');
      await nodes.first().waitFor();
      await page.getByRole('button', { name: 'Psilocybin', exact: true }).click();

      // Boxes are filled with their step colour, not black, and every label reads on its box.
      const boxes = (await computed(nodes.locator('.box'), 'fill')).map(parseRgb);
      const labels = (await computed(nodes.locator('.label'), 'fill')).map(parseRgb);
      expect(boxes.length).toBeGreaterThan(10);
      expect(boxes.filter((fill) => fill === null || fill.join() === '0,0,0')).toEqual([]);
      const unreadable = boxes.filter((box, i) => contrastRatio(box!, labels[i]!) < 4.5);
      expect(unreadable).toEqual([]);
      // Arrows are lines, not filled shapes.
      expect(new Set(await computed(page.locator('.edge-line'), 'fill'))).toEqual(
        new Set(['none']),
      );
      // The page's own layout applies: the header's tools sit in a row beside the title.
      expect(await page.locator('.title-row').evaluate((e) => getComputedStyle(e).display)).toBe(
        'flex',
      );

      // What loads later, and what draws into the page when asked, stays inside the policy.
      await page.getByRole('button', { name: 'About the evidence' }).click();
      await page.locator('dialog[open]').getByRole('button', { name: 'Close' }).click();
      // Pressed where it is: scrolling to it would open the chart by itself, under the press.
      await page.getByRole('button', { name: 'Show the chart' }).dispatchEvent('click');
      await page.locator('.chart-figure svg [data-finding]').first().waitFor();
      await page.locator('.timeline-figure svg').first().waitFor();
      const diagram = page.getByRole('group', { name: 'Save the cascade diagram' });
      await Promise.all([
        page.waitForEvent('download'),
        diagram.getByRole('button', { name: 'Save SVG' }).click(),
      ]);
      await expect
        .poll(() => diagram.getByRole('status').textContent(), { timeout: 15_000 })
        .toMatch(/^Saved/);
      expect(violations).toEqual([]);
      await page.context().close();
    },
    60_000,
  );
});
