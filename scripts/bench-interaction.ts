/**
 * Interaction timings for a CPU four times slower than this one (a school's old laptop),
 * measured as main-thread CPU from a DevTools trace, so other processes on a busy machine
 * do not inflate them:
 *
 * - a click on a diagram step until all three views have updated and painted;
 * - the work per frame while scrubbing the time cursor;
 * - the work per frame while zooming (wheel) and panning (drag) the diagram.
 *
 * Each sample is bracketed in the page by two `performance.mark`s: one just before the
 * input event is dispatched, one in a task after the next frame has been painted. The
 * figure for the sample is the thread time (`tdur`) of every main-thread task that
 * overlaps that bracket: script, style, layout, paint and layerize, not waiting.
 *
 * The figures are that thread time × 4. DevTools' own 4× throttle gives the same figures
 * on a quiet machine (a task's thread time grows 4× under it, measured here with Chromium
 * 156), but it paces the thread by the wall clock, so on a busy machine its figures grow
 * with the load; thread time × 4 does not.
 */
import type { CDPSession, Page } from 'playwright-core';
import { findChromium, launchChromium } from '../tests/e2e/chromium.ts';
import { startStaticServer, SUB_PATH } from '../tests/e2e/static-server.ts';
import { useThePage } from '../tests/e2e/page.ts';

const THROTTLE = 4;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))]!;
};
export const p95 = (values: number[]) => quantile(values, 0.95);
export const median = (values: number[]) => quantile(values, 0.5);

export type InteractionName = 'click' | 'scrub' | 'zoom';
export type InteractionTimes = Record<InteractionName, number[]>;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: ['toplevel', 'blink.user_timing', '__metadata'],
    },
  });
  try {
    await run();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

/** Main-thread CPU (ms, × THROTTLE) of each sample bracketed by `bench|name|i|s` … `|e` marks. */
function cpuPerSample(events: TraceEvent[]): InteractionTimes {
  const marks = events.filter(
    (e) => e.cat.includes('blink.user_timing') && e.name.startsWith('bench|'),
  );
  if (marks.length === 0) throw new Error('bench: the trace holds no marks from the page');
  const { pid } = marks[0]!;
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.pid === pid &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain',
  );
  if (!main) throw new Error('bench: no renderer main thread in the trace');
  // Only outermost tasks: 'toplevel' also marks events nested inside them.
  const tasks: TraceEvent[] = [];
  for (const e of events
    .filter(
      (e) =>
        e.pid === pid &&
        e.tid === main.tid &&
        e.ph === 'X' &&
        e.cat.includes('toplevel') &&
        e.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)) {
    const outer = tasks.at(-1);
    if (!outer || e.ts >= outer.ts + outer.dur!) tasks.push(e);
  }
  if (!tasks.some((t) => t.tdur !== undefined))
    throw new Error('bench: this Chromium records no thread time (tdur) in its traces');
  const starts = new Map<string, number>();
  const result: InteractionTimes = { click: [], scrub: [], zoom: [] };
  for (const mark of marks.sort((a, b) => a.ts - b.ts)) {
    const [, name, i, edge] = mark.name.split('|');
    const key = `${name}|${i}`;
    if (edge === 's') {
      starts.set(key, mark.ts);
      continue;
    }
    const start = starts.get(key);
    if (start === undefined) continue;
    // Top-level tasks do not nest; count each that overlaps the bracket.
    let cpu = 0;
    for (const t of tasks) if (t.ts < mark.ts && t.ts + t.dur! > start) cpu += t.tdur ?? t.dur!;
    result[name as InteractionName].push((cpu / 1000) * THROTTLE);
  }
  return result;
}

// In-page code is passed as text: tsx would otherwise wrap named functions in a helper
// that does not exist in the page.
const SAMPLER = `
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
  const sample = async (name, i, act) => {
    await frame(); await task();
    performance.mark('bench|' + name + '|' + i + '|s');
    act();
    await frame(); await task();
    performance.mark('bench|' + name + '|' + i + '|e');
  };
`;

async function runInteractions(page: Page, rounds: number) {
  await page.evaluate(`(async () => {
    ${SAMPLER}
    const ids = ['bdnf', 'spines', 'glutamate', 'mtor', 'window', 'trkb'];
    let n = 0;
    for (let i = 0; i < ${rounds}; i++) {
      const node = document.querySelector('.diagram-frame [data-id="' + ids[i % ids.length] + '"]');
      await sample('click', n++, () => node.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    }
    const slider = document.querySelector('.timeline-figure input[type="range"], input[type="range"]');
    const max = Number(slider.max);
    const stride = Math.max(1, Math.floor(max / ${rounds}));
    n = 0;
    for (let v = 0; v <= max; v += stride) {
      await sample('scrub', n++, () => {
        slider.value = String(v);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    const svg = document.querySelector('.diagram-frame svg');
    const box = (document.querySelector('.diagram-viewport') ?? svg).getBoundingClientRect();
    const x = box.left + box.width / 2, y = box.top + box.height / 2;
    n = 0;
    for (let i = 0; i < ${rounds}; i++) {
      const deltaY = i % 20 < 10 ? -60 : 60;
      await sample('zoom', n++, () => svg.dispatchEvent(new WheelEvent('wheel', { clientX: x, clientY: y, deltaY, bubbles: true, cancelable: true })));
    }
    svg.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, bubbles: true, button: 0, view: window }));
    for (let i = 1; i <= ${rounds}; i++) {
      await sample('zoom', n++, () => window.dispatchEvent(new MouseEvent('mousemove', { clientX: x + i * 4, clientY: y + (i % 10), bubbles: true, view: window })));
    }
    window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, view: window }));
  })()`);
}

/** Main-thread CPU per sample of the three interactions on the site built in `dist`. */
export async function measureInteractions(dist: string, rounds = 40): Promise<InteractionTimes> {
  const { server, origin } = await startStaticServer(dist);
  const browser = await launchChromium(findChromium());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}${SUB_PATH}`, { waitUntil: 'networkidle' });
    // The views below the first screen are drawn once the page is used (reveal.svelte.ts).
    await useThePage(page);
    await page.locator('.timeline-figure svg').first().waitFor();
    await page.locator('.table-status').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const events = await trace(cdp, () => runInteractions(page, rounds));
    return cpuPerSample(events);
  } finally {
    await browser.close();
    server.close();
  }
}
