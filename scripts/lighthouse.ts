/**
 * Lighthouse (mobile and desktop) against the built site, served gzip-compressed from a
 * deep sub-path by the tests' static server, in the system Chromium.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';
import { startStaticServer, SUB_PATH } from '../tests/e2e/static-server.ts';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest contentful paint, total blocking time (ms) and cumulative layout shift. */
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits below a full score, for a person to read when a category falls short. */
  shortfalls: string[];
  /** Every address the page fetched while loading, with no one touching it. */
  requested: string[];
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs each form factor `runs` times and keeps the run with the median performance score. */
export async function runLighthouse(dist: string, runs = 3) {
  const [mobile, desktop] = await runForms(dist, runs, '', [false, true]);
  return { mobile: mobile!, desktop: desktop! };
}

/** The phone form alone, on the address with `query` added (`?lang=es`). */
export async function runLighthouseMobile(dist: string, after: string, runs = 3) {
  const [mobile] = await runForms(dist, runs, after, [false]);
  return mobile!;
}

async function runForms(dist: string, runs: number, query: string, forms: boolean[]) {
  const { server, origin } = await startStaticServer(dist);
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const once = async (desktop: boolean): Promise<LighthouseFigures> => {
      const result = await lighthouse(
        `${origin}${SUB_PATH}${query}`,
        { port: chrome.port, logLevel: 'error', output: 'json' },
        desktop ? desktopConfig : undefined,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      const { categories, audits } = result.lhr;
      const score = (id: string) => categories[id]?.score ?? 0;
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
        shortfalls: Object.values(audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
          .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
        requested: (
          (audits['network-requests']?.details as { items?: { url: string }[] } | undefined)
            ?.items ?? []
        ).map((item) => item.url),
      };
    };
    const pick = async (desktop: boolean) => {
      const all: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++) all.push(await once(desktop));
      const middle = median(all.map((r) => r.performance));
      return all.find((r) => r.performance === middle)!;
    };
    const results: LighthouseFigures[] = [];
    for (const desktop of forms) results.push(await pick(desktop));
    return results;
  } finally {
    chrome.kill();
    server.close();
  }
}
