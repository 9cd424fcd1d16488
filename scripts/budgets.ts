/**
 * The project's budgets and how to measure them. `npm run bench` prints every figure beside
 * its budget; `npm run check:budgets` prints the byte and Lighthouse figures and fails when
 * one is over.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SUB_PATH } from '../tests/e2e/static-server.ts';
import type { LighthouseFigures } from './lighthouse.ts';
import { LANGUAGES } from '../src/lib/i18n/language.ts';

export interface Figure {
  name: string;
  value: number;
  budget: number;
  /** 'max': the value must not exceed the budget; 'min': it must reach it. */
  kind: 'max' | 'min';
  unit: 'KB' | 'ms' | 'score' | '';
}

export const withinBudget = (f: Figure) =>
  f.kind === 'max' ? f.value <= f.budget : f.value >= f.budget;

/** A figure that must not exceed its budget. */
export const atMost = (name: string, value: number, budget: number, unit: Figure['unit']) =>
  ({ name, value, budget, kind: 'max', unit }) satisfies Figure;

const atLeastScore = (name: string, value: number, budget: number) =>
  ({ name, value, budget, kind: 'min', unit: 'score' }) satisfies Figure;

export function formatFigure(f: Figure): string {
  const show = (v: number) =>
    f.unit === 'KB' ? `${v.toFixed(1)} KB` : f.unit === 'ms' ? `${v.toFixed(1)} ms` : v.toFixed(2);
  const relation = f.kind === 'max' ? 'at most' : 'at least';
  const verdict = withinBudget(f) ? 'ok' : 'OVER BUDGET';
  return `  ${f.name.padEnd(48)} ${show(f.value).padStart(9)}   (${relation} ${show(f.budget)}: ${verdict})`;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/**
 * The scripts plus every chunk they import statically, which the browser must fetch before
 * running them (unlike `import()`, which loads later parts on demand).
 */
function withStaticImports(files: string[]): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(file, 'utf8');
    for (const [, name] of code.matchAll(
      /(?:^|[;}/\n])\s*import\s*(?:[\w$\s{},*]+from\s*)?["']\.\/([\w.-]+\.js)["']/g,
    ))
      visit(join(dirname(file), name!));
  };
  files.forEach(visit);
  return [...found];
}

/** The other languages' sites, each in a folder of dist/ named by its language. */
const LANGUAGE_FOLDERS: string[] = LANGUAGES.filter((lang) => lang !== 'en');

/**
 * Bytes as a server sends them (gzip): the first view is index.html and what it loads
 * directly (scripts, stylesheets, module preloads); all assets leave the offline copy
 * aside, a separate download that repeats everything. Each language is a site of its own
 * (dist/, dist/es/), measured alike.
 */
function measureSite(site: string) {
  if (!existsSync(join(site, 'index.html'))) {
    console.error(`${site}/index.html is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const files = readdirSync(site)
    .filter((name) => !LANGUAGE_FOLDERS.includes(name))
    .flatMap((name) => {
      const path = join(site, name);
      return statSync(path).isDirectory() ? allFiles(path) : [path];
    });
  const kb = new Map(files.map((f) => [f, gzipSync(readFileSync(f), { level: 9 }).length / 1024]));
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  const direct = [
    ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/([^"]+\.(?:js|css))"/g),
  ].map((m) => join(site, m[1]!));
  const firstView = [join(site, 'index.html'), ...withStaticImports(direct)];
  const offlineCopy = [...kb.keys()].filter((f) => f.endsWith('-offline.html'));
  const assets = [...kb.keys()].filter((f) => !offlineCopy.includes(f));
  // The evidence chart (Observable Plot) loads only when it nears the screen or is opened:
  // its chunk and whatever only it imports are counted on their own.
  const chartEntries = assets.filter((f) => /\/EvidenceChart-[\w-]+\.(js|css)$/.test(f));
  const elsewhere = new Set(withStaticImports(assets.filter((f) => !chartEntries.includes(f))));
  const chart = withStaticImports(chartEntries).filter(
    (f) => chartEntries.includes(f) || !elsewhere.has(f),
  );
  const loaded = assets.filter((f) => !chart.includes(f));
  const sum = (list: string[]) => list.reduce((total, f) => total + kb.get(f)!, 0);
  return { kb, firstView, chart, loaded, offlineCopy, sum };
}

export function measureBytes(dist: string) {
  const english = measureSite(dist);
  const spanish = measureSite(join(dist, 'es' satisfies (typeof LANGUAGES)[number]));
  const line = (site: ReturnType<typeof measureSite>, label: string, f: string) =>
    `  ${label.padEnd(12)} ${relative(dist, f).padEnd(44)} ${site.kb.get(f)!.toFixed(1)} KB`;
  const lines = [
    ...english.firstView.map((f) => line(english, 'first view', f)),
    ...english.loaded
      .filter((f) => !english.firstView.includes(f))
      .map((f) => line(english, 'later', f)),
    ...english.chart.map((f) => line(english, 'on demand', f)),
    ...english.offlineCopy.map((f) => line(english, 'offline copy', f)),
    ...spanish.firstView.map((f) => line(spanish, 'first view', f)),
    ...spanish.offlineCopy.map((f) => line(spanish, 'offline copy', f)),
    `  all assets but the chart and the offline copy: ${english.loaded.length} files, ${english.sum(english.loaded).toFixed(1)} KB (es/: ${spanish.sum(spanish.loaded).toFixed(1)} KB)`,
  ];
  const figures = [
    atMost('first view, gzip', english.sum(english.firstView), 75, 'KB'),
    atMost('first view in Spanish (es/), gzip', spanish.sum(spanish.firstView), 75, 'KB'),
    atMost('evidence chart (Plot), on demand, gzip', english.sum(english.chart), 100, 'KB'),
  ];
  return { lines, figures };
}

/**
 * What a visitor's browser fetches on opening the page, with no one touching it (the
 * addresses Lighthouse's phone and desktop loads requested, each file counted once): the
 * first view, the views after it, and the presenter's keys, but no dialog or chart.
 */
export function loadedWithoutInteraction(dist: string, requested: string[]) {
  const files = [
    ...new Set(
      requested
        .map((url) => new URL(url).pathname)
        .filter((path) => path.startsWith(SUB_PATH))
        .map((path) => join(dist, path.slice(SUB_PATH.length) || 'index.html'))
        .filter((file) => existsSync(file) && statSync(file).isFile()),
    ),
  ];
  const index = join(dist, 'index.html');
  if (!files.includes(index)) files.unshift(index);
  const total = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length / 1024,
    0,
  );
  return {
    files: files.map((f) => relative(dist, f)),
    figure: atMost(`loaded without interaction (${files.length} files), gzip`, total, 150, 'KB'),
  };
}

export function lighthouseFigures(mobile: LighthouseFigures, desktop: LighthouseFigures): Figure[] {
  return [
    atLeastScore('Lighthouse mobile performance', mobile.performance, 0.95),
    atLeastScore('Lighthouse mobile accessibility', mobile.accessibility, 1),
    atLeastScore('Lighthouse mobile best practices', mobile.bestPractices, 1),
    atLeastScore('Lighthouse mobile SEO', mobile.seo, 1),
    atLeastScore('Lighthouse desktop performance', desktop.performance, 1),
    atLeastScore('Lighthouse desktop accessibility', desktop.accessibility, 1),
    atLeastScore('Lighthouse desktop best practices', desktop.bestPractices, 1),
    atLeastScore('Lighthouse desktop SEO', desktop.seo, 1),
  ];
}

/** Core Web Vitals from the Lighthouse runs, printed for reading; their budgets are Google's "good". */
export function webVitals(mobile: LighthouseFigures, desktop: LighthouseFigures): Figure[] {
  return (
    [
      ['mobile', mobile],
      ['desktop', desktop],
    ] as const
  ).flatMap(([form, run]) => [
    atMost(`${form} largest contentful paint`, run.lcp, 2500, 'ms'),
    atMost(`${form} total blocking time`, run.tbt, 200, 'ms'),
    atMost(`${form} cumulative layout shift`, run.cls, 0.1, ''),
  ]);
}

/** The phone run in Spanish, against the same budgets as the English one. */
export function spanishFigures(mobile: LighthouseFigures): Figure[] {
  return [
    atLeastScore('Lighthouse mobile performance, es', mobile.performance, 0.95),
    atLeastScore('Lighthouse mobile accessibility, es', mobile.accessibility, 1),
    atMost('mobile largest contentful paint, es', mobile.lcp, 2500, 'ms'),
    atMost('mobile total blocking time, es', mobile.tbt, 200, 'ms'),
    atMost('mobile cumulative layout shift, es', mobile.cls, 0.1, ''),
  ];
}
