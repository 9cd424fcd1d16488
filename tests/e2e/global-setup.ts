import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';
import { startStaticServer, SUB_PATH } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` first (npm test does this).');
  }
  // Fail here, once, with install instructions, rather than skipping browser tests.
  project.provide('chromiumPath', findChromium());
  const { server, origin } = await startStaticServer(dist);
  project.provide('siteUrl', `${origin}${SUB_PATH}`);
  return () => new Promise<void>((done) => server.close(() => done()));
}
