/**
 * The content as the app sees it, validated at build time by the `datasetModules` plugin
 * in vite.config.ts (and by `npm run check:data`), so a bad file never reaches this point.
 *
 * The first view gets only the structure (see split.ts): the prose fields of these records
 * are filled in when `./prose.ts` loads. A component that shows prose imports it (through
 * `getProseContext` in state/prose.ts), and is itself loaded after the first view.
 */
import core from 'virtual:dataset-core';
import type { CoreDataset } from './split.ts';

export const dataset: CoreDataset = core;
