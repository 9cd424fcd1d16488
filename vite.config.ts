import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { formatProblem } from './src/lib/model/validate.ts';
import { checkDataDir } from './scripts/data-files.ts';

/** Stops the build (and warns in dev) when `data/` breaks its schema or cross-references. */
function validateData(): Plugin {
  const dir = resolve(import.meta.dirname, 'data');
  return {
    name: 'plasticity-window:validate-data',
    buildStart() {
      const problems = checkDataDir(dir);
      if (problems.length === 0) return;
      const list = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
      this.error(`${problems.length} problem(s) in data/:\n${list}`);
    },
  };
}

export const PREVIEW_PORT = 4173;

export default defineConfig({
  base: './',
  plugins: [validateData(), svelte()],
  build: { target: 'es2022' },
  preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true },
  server: { host: '127.0.0.1' },
});
