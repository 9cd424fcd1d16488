import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { datasetModules, pageLanguageModule } from './vite.config.ts';

// Three projects: pure logic (node), components (jsdom), and the built site in real Chromium.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      {
        plugins: [pageLanguageModule()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
        },
      },
      {
        plugins: [datasetModules(), svelte(), svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        // The tests' own imports of src/ (the site itself is the built dist/).
        plugins: [pageLanguageModule()],
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: true,
          maxWorkers: 2,
          testTimeout: 30_000,
          // What a user waits for can take seconds on a busy machine; the 1 s default raced.
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
