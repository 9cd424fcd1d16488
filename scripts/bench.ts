/**
 * `npm run bench`: prints every measured figure beside its budget: bytes of the first view
 * and of what the page loads with no interaction (gzip, as a server sends them), Lighthouse scores with LCP, TBT and
 * CLS, and interaction timings in throttled Chromium. It reports; `npm run check:budgets`
 * is the one that fails on the byte and Lighthouse budgets.
 */
import { resolve } from 'node:path';
import {
  atMost,
  formatFigure,
  lighthouseFigures,
  loadedWithoutInteraction,
  measureBytes,
  webVitals,
} from './budgets.ts';
import { measureInteractions, measureZoom } from './bench-interaction.ts';
import { runLighthouse } from './lighthouse.ts';

const dist = resolve(import.meta.dirname, '../dist');
const bytes = measureBytes(dist);
console.log('Bytes (gzip -9)');
for (const line of bytes.lines) console.log(line);
for (const figure of bytes.figures) console.log(formatFigure(figure));

const { mobile, desktop } = await runLighthouse(dist);
const loaded = loadedWithoutInteraction(dist, [...mobile.requested, ...desktop.requested]);
console.log(`Loaded on opening the page, with no interaction: ${loaded.files.join(', ')}`);
console.log(formatFigure(loaded.figure));
console.log('Lighthouse (median of three runs; served gzip-compressed from a sub-path)');
for (const figure of [...lighthouseFigures(mobile, desktop), ...webVitals(mobile, desktop)]) {
  console.log(formatFigure(figure));
}

const timings = await measureInteractions(dist);
const zoom = await measureZoom(dist);
const interaction = [
  atMost('click on a step → three views updated, p95', timings.selectionP95, 30, 'ms'),
  atMost('scrub the time cursor, work per frame, p95', timings.scrubP95, 16, 'ms'),
  atMost('zoom and pan the diagram, work per frame, p95', zoom.zoomPanP95, 8, 'ms'),
];
console.log('Interaction (Chromium, CPU throttled 4×)');
for (const figure of interaction) console.log(formatFigure(figure));
