/**
 * `npm run check:budgets`: measures the built site's bytes and its Lighthouse scores, prints
 * each figure beside its budget, and exits with 1 when any is over (after a build).
 */
import { resolve } from 'node:path';
import {
  formatFigure,
  lighthouseFigures,
  loadedWithoutInteraction,
  measureBytes,
  webVitals,
  withinBudget,
} from './budgets.ts';
import { runLighthouse } from './lighthouse.ts';

const dist = resolve(import.meta.dirname, '../dist');
const bytes = measureBytes(dist);
const { mobile, desktop } = await runLighthouse(dist);
const loaded = loadedWithoutInteraction(dist, [...mobile.requested, ...desktop.requested]);
const figures = [...bytes.figures, loaded.figure, ...lighthouseFigures(mobile, desktop)];

console.log('Bytes (gzip -9)');
for (const line of bytes.lines) console.log(line);
console.log(`Loaded on opening the page, with no interaction: ${loaded.files.join(', ')}`);
console.log('Budgets (Lighthouse: median of three runs; served gzip-compressed from a sub-path)');
for (const figure of figures) console.log(formatFigure(figure));
for (const figure of webVitals(mobile, desktop)) console.log(formatFigure(figure));
const over = figures.filter((f) => !withinBudget(f));
if (over.length > 0) {
  console.log(`\n${over.length} budget(s) exceeded: ${over.map((f) => f.name).join('; ')}`);
  for (const [form, run] of [
    ['mobile', mobile],
    ['desktop', desktop],
  ] as const) {
    if (run.shortfalls.length)
      console.log(`Lighthouse ${form} audits below full marks: ${run.shortfalls.join(', ')}`);
  }
  process.exit(1);
}
console.log('\nEvery budget is met.');
