/**
 * Interaction timings in real Chromium with the CPU throttled 4× (a school's old laptop):
 * the time from a click on a diagram step until all three views have updated and laid
 * out, and the work per frame while scrubbing the time cursor.
 */
import { findChromium, launchChromium } from '../tests/e2e/chromium.ts';
import { startStaticServer, SUB_PATH } from '../tests/e2e/static-server.ts';

export const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
};

export async function measureInteractions(dist: string) {
  const { server, origin } = await startStaticServer(dist);
  const browser = await launchChromium(findChromium());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}${SUB_PATH}`, { waitUntil: 'networkidle' });
    await page.locator('.timeline-figure svg').first().waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    // In-page code is passed as text: tsx would otherwise wrap named functions in a helper
    // that does not exist in the page.
    const selection: number[] = await page.evaluate(`(async () => {
      const ids = ['bdnf', 'spines', 'glutamate', 'mtor', 'window', 'trkb'];
      const times = [];
      for (let i = 0; i < 30; i++) {
        const node = document.querySelector('[data-id="' + ids[i % ids.length] + '"]');
        const start = performance.now();
        node.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        // Svelte and the timeline redraw run as microtasks; a macrotask runs after them all.
        await new Promise((resolve) => setTimeout(resolve, 0));
        void document.body.offsetHeight; // include style and layout
        times.push(performance.now() - start);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return times;
    })()`);

    const scrub: number[] = await page.evaluate(`(async () => {
      const slider = document.querySelector('input[type="range"]');
      const times = [];
      for (let round = 0; round < 2; round++) {
        for (let v = 0; v <= Number(slider.max); v++) {
          const start = performance.now();
          slider.value = String(v);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((resolve) => setTimeout(resolve, 0));
          void document.body.offsetHeight;
          times.push(performance.now() - start);
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
      }
      return times;
    })()`);
    return {
      selectionP95: p95(selection),
      scrubP95: p95(scrub),
      samples: selection.length + scrub.length,
    };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Work per frame of a scripted zoom (wheel) and pan (drag) on the diagram. */
export async function measureZoom(dist: string) {
  const { server, origin } = await startStaticServer(dist);
  const browser = await launchChromium(findChromium());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}${SUB_PATH}`, { waitUntil: 'networkidle' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const frames: number[] = await page.evaluate(`(async () => {
      const svg = document.querySelector('.diagram-frame svg');
      const box = svg.getBoundingClientRect();
      const x = box.left + box.width / 2, y = box.top + box.height / 2;
      const settle = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
      const times = [];
      for (let i = 0; i < 40; i++) {
        const start = performance.now();
        svg.dispatchEvent(new WheelEvent('wheel', { clientX: x, clientY: y, deltaY: i % 20 < 10 ? -60 : 60, bubbles: true, cancelable: true }));
        await settle();
        void document.body.offsetHeight;
        times.push(performance.now() - start);
        await new Promise((r) => requestAnimationFrame(r));
      }
      svg.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, bubbles: true, button: 0, view: window }));
      for (let i = 1; i <= 40; i++) {
        const start = performance.now();
        window.dispatchEvent(new MouseEvent('mousemove', { clientX: x + i * 4, clientY: y + (i % 10), bubbles: true, view: window }));
        await settle();
        void document.body.offsetHeight;
        times.push(performance.now() - start);
        await new Promise((r) => requestAnimationFrame(r));
      }
      window.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, view: window }));
      return times;
    })()`);
    return { zoomPanP95: p95(frames), samples: frames.length };
  } finally {
    await browser.close();
    server.close();
  }
}
