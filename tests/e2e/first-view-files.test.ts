/**
 * The first view's scripts ask V8 to compile every function as they stream in, off the main
 * thread (decision 0018), and only they: a later part's code is compiled when it is called.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const HINT = '//# allFunctionsCalledOnLoad\n';

describe('the first view’s scripts', () => {
  for (const site of ['dist', 'dist/es']) {
    it(`${site}: the entry and the files it imports carry the compile hint, later parts do not`, () => {
      const html = readFileSync(`${site}/index.html`, 'utf8');
      const firstView = [
        ...html.matchAll(
          /<script [^>]*src="\.\/(assets\/[^"]+\.js)"|<link rel="modulepreload" [^>]*href="\.\/(assets\/[^"]+\.js)"/g,
        ),
      ].map((match) => match[1] ?? match[2]);
      expect(firstView.length).toBeGreaterThan(1);
      const scripts = readdirSync(`${site}/assets`)
        .filter((name) => name.endsWith('.js'))
        .map((name) => `assets/${name}`);
      expect(scripts.length).toBeGreaterThan(firstView.length);
      for (const file of scripts)
        expect(readFileSync(`${site}/${file}`, 'utf8').startsWith(HINT), file).toBe(
          firstView.includes(file),
        );
    });
  }
});
