/**
 * `npm run bench`: prints the project's measured figures: bytes of the first view
 * (index.html and what it loads directly) and of all assets, gzip-compressed as a server
 * would send them; and interaction timings in throttled Chromium.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureInteractions, measureZoom } from './bench-interaction.ts';

const dist = resolve(import.meta.dirname, '../dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

// What index.html loads directly: its scripts, stylesheets and module preloads.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const direct = [
  ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/([^"]+\.(?:js|css))"/g),
].map((m) => join(dist, m[1]!));
const firstView = [join(dist, 'index.html'), ...direct];
const firstViewBytes = firstView.reduce((sum, f) => sum + gzipBytes(f), 0);

// The offline copy is a separate download that repeats everything; the budget leaves it aside.
const offlineCopy = allFiles(dist).filter((f) => f.endsWith('-offline.html'));
const assets = allFiles(dist).filter((f) => !offlineCopy.includes(f));
const allBytes = assets.reduce((sum, f) => sum + gzipBytes(f), 0);

console.log('Bytes (gzip -9)');
for (const f of firstView)
  console.log(`  first view  ${relative(dist, f).padEnd(40)} ${kb(gzipBytes(f))}`);
console.log(`  first view total                                 ${kb(firstViewBytes)}`);
console.log(`  all assets (${assets.length} files)                             ${kb(allBytes)}`);
for (const f of assets.filter((a) => !firstView.includes(a))) {
  console.log(`  later       ${relative(dist, f).padEnd(40)} ${kb(gzipBytes(f))}`);
}
for (const f of offlineCopy)
  console.log(`  offline copy ${relative(dist, f).padEnd(39)} ${kb(gzipBytes(f))}`);

const timings = await measureInteractions(dist);
const zoom = await measureZoom(dist);
const verdict = (value: number, budget: number) => (value <= budget ? 'ok' : 'OVER BUDGET');
console.log('Interaction (Chromium, CPU throttled 4×)');
console.log(
  `  click on a step → three views updated, p95   ${timings.selectionP95.toFixed(1)} ms (budget 30 ms, ${verdict(timings.selectionP95, 30)})`,
);
console.log(
  `  scrub the time cursor, work per frame, p95  ${timings.scrubP95.toFixed(1)} ms (budget 16 ms, ${verdict(timings.scrubP95, 16)})`,
);
console.log(
  `  zoom and pan the diagram, work per frame, p95  ${zoom.zoomPanP95.toFixed(1)} ms (budget 8 ms, ${verdict(zoom.zoomPanP95, 8)})`,
);
