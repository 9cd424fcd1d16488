/**
 * The project's budgets and how to measure them. `npm run bench` prints every figure beside
 * its budget; `npm run check:budgets` prints the byte and Lighthouse figures and fails when
 * one is over.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { LighthouseFigures } from './lighthouse.ts';

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

const gzipKB = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/**
 * Bytes as a server sends them (gzip): the first view is index.html and what it loads
 * directly (scripts, stylesheets, module preloads); all assets leave the offline copy
 * aside, a separate download that repeats everything.
 */
export function measureBytes(dist: string) {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error('dist/index.html is missing: run `npm run build` first.');
    process.exit(1);
  }
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const direct = [
    ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/([^"]+\.(?:js|css))"/g),
  ].map((m) => join(dist, m[1]!));
  const firstView = [join(dist, 'index.html'), ...direct];
  const offlineCopy = allFiles(dist).filter((f) => f.endsWith('-offline.html'));
  const assets = allFiles(dist).filter((f) => !offlineCopy.includes(f));
  const sum = (files: string[]) => files.reduce((total, f) => total + gzipKB(f), 0);
  const lines = [
    ...firstView.map(
      (f) => `  first view   ${relative(dist, f).padEnd(44)} ${gzipKB(f).toFixed(1)} KB`,
    ),
    ...assets
      .filter((f) => !firstView.includes(f))
      .map((f) => `  later        ${relative(dist, f).padEnd(44)} ${gzipKB(f).toFixed(1)} KB`),
    ...offlineCopy.map(
      (f) => `  offline copy ${relative(dist, f).padEnd(44)} ${gzipKB(f).toFixed(1)} KB`,
    ),
  ];
  const figures: Figure[] = [
    { name: 'first view, gzip', value: sum(firstView), budget: 60, kind: 'max', unit: 'KB' },
    {
      name: `all assets (${assets.length} files), gzip`,
      value: sum(assets),
      budget: 150,
      kind: 'max',
      unit: 'KB',
    },
  ];
  return { lines, figures };
}

export function lighthouseFigures(mobile: LighthouseFigures, desktop: LighthouseFigures): Figure[] {
  const score = (name: string, value: number, budget: number): Figure => ({
    name,
    value,
    budget,
    kind: 'min',
    unit: 'score',
  });
  return [
    score('Lighthouse mobile performance', mobile.performance, 0.95),
    score('Lighthouse mobile accessibility', mobile.accessibility, 1),
    score('Lighthouse mobile best practices', mobile.bestPractices, 1),
    score('Lighthouse mobile SEO', mobile.seo, 1),
    score('Lighthouse desktop performance', desktop.performance, 1),
    score('Lighthouse desktop accessibility', desktop.accessibility, 1),
    score('Lighthouse desktop best practices', desktop.bestPractices, 1),
    score('Lighthouse desktop SEO', desktop.seo, 1),
  ];
}

/** Core Web Vitals from the Lighthouse runs, printed for reading; their budgets are Google's "good". */
export function webVitals(mobile: LighthouseFigures, desktop: LighthouseFigures): Figure[] {
  return [
    {
      name: 'mobile largest contentful paint',
      value: mobile.lcp,
      budget: 2500,
      kind: 'max',
      unit: 'ms',
    },
    { name: 'mobile total blocking time', value: mobile.tbt, budget: 200, kind: 'max', unit: 'ms' },
    {
      name: 'mobile cumulative layout shift',
      value: mobile.cls,
      budget: 0.1,
      kind: 'max',
      unit: '',
    },
    {
      name: 'desktop largest contentful paint',
      value: desktop.lcp,
      budget: 2500,
      kind: 'max',
      unit: 'ms',
    },
    {
      name: 'desktop total blocking time',
      value: desktop.tbt,
      budget: 200,
      kind: 'max',
      unit: 'ms',
    },
    {
      name: 'desktop cumulative layout shift',
      value: desktop.cls,
      budget: 0.1,
      kind: 'max',
      unit: '',
    },
  ];
}
