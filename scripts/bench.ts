/**
 * `npm run bench`: prints every measured figure beside its budget: bytes of the first view
 * and of all assets (gzip, as a server sends them), Lighthouse scores with LCP, TBT and
 * CLS, and interaction timings in throttled Chromium. It reports; `npm run check:budgets`
 * is the one that fails on the byte and Lighthouse budgets.
 */
import { resolve } from 'node:path';
import {
  formatFigure,
  lighthouseFigures,
  measureBytes,
  webVitals,
  type Figure,
} from './budgets.ts';
import { measureInteractions, measureZoom } from './bench-interaction.ts';
import { runLighthouse } from './lighthouse.ts';

const dist = resolve(import.meta.dirname, '../dist');
const bytes = measureBytes(dist);
console.log('Bytes (gzip -9)');
for (const line of bytes.lines) console.log(line);
for (const figure of bytes.figures) console.log(formatFigure(figure));

const { mobile, desktop } = await runLighthouse(dist);
console.log('Lighthouse (median of three runs; served gzip-compressed from a sub-path)');
for (const figure of [...lighthouseFigures(mobile, desktop), ...webVitals(mobile, desktop)]) {
  console.log(formatFigure(figure));
}

const timings = await measureInteractions(dist);
const zoom = await measureZoom(dist);
const interaction: Figure[] = [
  {
    name: 'click on a step → three views updated, p95',
    value: timings.selectionP95,
    budget: 30,
    kind: 'max',
    unit: 'ms',
  },
  {
    name: 'scrub the time cursor, work per frame, p95',
    value: timings.scrubP95,
    budget: 16,
    kind: 'max',
    unit: 'ms',
  },
  {
    name: 'zoom and pan the diagram, work per frame, p95',
    value: zoom.zoomPanP95,
    budget: 8,
    kind: 'max',
    unit: 'ms',
  },
];
console.log('Interaction (Chromium, CPU throttled 4×)');
for (const figure of interaction) console.log(formatFigure(figure));
