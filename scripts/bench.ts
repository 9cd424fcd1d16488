/**
 * `npm run bench`: prints every measured figure beside its budget: bytes of the first view
 * and of what the page loads with no interaction (gzip, as a server sends them), Lighthouse scores with LCP, TBT and
 * CLS, the interaction timings (median and p95, main-thread CPU for a CPU 4× slower than
 * this one), and how those timings grow with 1×, 2×, 5× and 10× the data. It reports;
 * `npm run check:budgets` is the one that fails on the byte and Lighthouse budgets.
 *
 *   npm run bench                       everything (a few minutes)
 *   npm run bench -- --interactions     the interaction figures and the scaling table only
 */
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'vite';
import {
  atMost,
  formatFigure,
  lighthouseFigures,
  loadedWithoutInteraction,
  measureBytes,
  spanishFigures,
  webVitals,
} from './budgets.ts';
import { measureInteractions, median, p95, type InteractionTimes } from './bench-interaction.ts';
import { runLighthouse, runLighthouseMobile } from './lighthouse.ts';
import { writeSyntheticData } from './synthetic-data.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const onlyInteractions = process.argv.includes('--interactions');

if (!onlyInteractions) {
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
  // The same phone run on the Spanish page.
  const spanish = await runLighthouseMobile(dist, 'es/');
  console.log('Lighthouse mobile, es/ (median of three runs)');
  for (const figure of spanishFigures(spanish)) console.log(formatFigure(figure));
}

const BUDGETS = [
  ['click', 'click on a step → three views updated', 30],
  ['scrub', 'scrub the time cursor, work per frame', 16],
  ['zoom', 'zoom and pan the diagram, work per frame', 8],
] as const;

const times = await measureInteractions(dist);
console.log('Interaction (main-thread CPU × 4, as on a CPU 4× slower; see bench-interaction.ts)');
for (const [key, name, budget] of BUDGETS) {
  console.log(formatFigure(atMost(`${name}, median`, median(times[key]), budget, 'ms')));
  console.log(formatFigure(atMost(`${name}, p95`, p95(times[key]), budget, 'ms')));
}

// Scaling: the same interactions on builds of 1×, 2×, 5× and 10× the data.
const SCALES = [1, 2, 5, 10];
const scaled = new Map<number, InteractionTimes>();
for (const scale of SCALES) {
  const dataDir = resolve(tmpdir(), `plasticity-bench-data-${scale}x`);
  const outDir = resolve(tmpdir(), `plasticity-bench-dist-${scale}x`);
  writeSyntheticData(scale, dataDir);
  process.env.PLASTICITY_DATA_DIR = dataDir;
  await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  scaled.set(scale, await measureInteractions(outDir, 20));
}
delete process.env.PLASTICITY_DATA_DIR;
console.log(
  'Scaling with the data (median ms, main-thread CPU × 4; exponent p in time ∝ data^p, 1× → 10×)',
);
console.log(
  `  ${'interaction'.padEnd(14)}${SCALES.map((s) => `${s}×`.padStart(9)).join('')}        p`,
);
for (const [key] of BUDGETS) {
  const medians = SCALES.map((s) => median(scaled.get(s)![key]));
  const exponent = Math.log(medians.at(-1)! / medians[0]!) / Math.log(SCALES.at(-1)! / SCALES[0]!);
  console.log(
    `  ${key.padEnd(14)}${medians.map((m) => m.toFixed(1).padStart(9)).join('')}   ${exponent.toFixed(2).padStart(6)}${exponent > 1.1 ? '  (faster than linear)' : ''}`,
  );
}
