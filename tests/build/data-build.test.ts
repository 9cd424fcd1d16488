/**
 * The real `vite build`, run on a copy of the project whose data/ holds the small fixture:
 * it builds when the data is valid, and stops on bad data with the validator's message
 * naming the file, the record and the problem. Every class of data error is tested against
 * the validator itself (tests/unit/validate.test.ts, milliseconds each); here a few prove
 * that the build runs it: one schema error, one cross-file error, and one file that is not
 * even an array. (Each build takes seconds; all 28 cases used to be built.)
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/lib/model/schema.ts';
import { brokenData, brokenDataCases } from '../fixtures/brokenData.ts';
import { minimalData } from '../fixtures/minimal.ts';

const repo = resolve(import.meta.dirname, '../..');
let copy = '';

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'plasticity-build-'));
  for (const part of [
    'src',
    'scripts',
    'public',
    'index.html',
    'vite.config.ts',
    'svelte.config.js',
    'tsconfig.json',
    'package.json',
    // The interface's messages, compiled by Paraglide during the build.
    'messages',
    'project.inlang',
  ]) {
    cpSync(join(repo, part), join(copy, part), { recursive: true });
  }
  symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function writeData(data: Record<string, unknown>) {
  rmSync(join(copy, 'data'), { recursive: true, force: true });
  cpSync(join(repo, 'data'), join(copy, 'data'), { recursive: true }); // README and any other files
  // The real translations name records the fixture does not have.
  rmSync(join(copy, 'data', 'i18n'), { recursive: true, force: true });
  for (const [collection, { file }] of Object.entries(DATA_FILES)) {
    writeFileSync(join(copy, 'data', file), JSON.stringify(data[collection] ?? [], null, 2));
  }
}

const buildCopy = () =>
  build({
    root: copy,
    configFile: join(copy, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir: join(copy, 'dist') },
  });

describe('npm run build on data/', () => {
  it('builds when the data is valid, with nothing inline that a strict policy would block', async () => {
    writeData(minimalData() as unknown as Record<string, unknown>);
    await buildCopy();
    // The stylesheet, the icon and the start-up check are files (docs/decisions/0003), so a
    // host's own `default-src 'self'` blocks none of them.
    const html = readFileSync(join(copy, 'dist', 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="stylesheet" href="\.\/assets\/style-[\w-]+\.css">/);
    expect(html).not.toContain('<style');
    expect(html).not.toMatch(/\sstyle=|href="data:/);
    expect(html).toContain('<script src="./startup-check.js" defer></script>');
    expect(html).toContain("style-src 'self';");
  }, 60_000);

  const WIRED = ['wrong type', 'file that is not an array', 'edge that no finding supports'];
  const cases = brokenDataCases.filter((c) => WIRED.includes(c.name));
  it('tries one case of each kind', () => expect(cases).toHaveLength(WIRED.length));
  for (const { name, breakIt, expected } of cases) {
    it(`stops on ${name}, naming file, record and problem`, async () => {
      writeData(brokenData(breakIt));
      await expect(buildCopy()).rejects.toThrow(expected);
    }, 30_000);
  }
});
