/**
 * The content as the app sees it, validated at build time by the `datasetModules` plugin
 * in vite.config.ts (and by `npm run check:data`), so a bad file never reaches this point.
 *
 * The first view gets only the structure (see split.ts): the prose fields of these records
 * are filled in when the app's data store (state/dataStore.ts) loads `./prose.ts`, before any
 * component that shows prose (through `getProseContext` in state/prose.ts) is drawn.
 */
import core from 'virtual:dataset-core';
import type { CoreDataset } from './split.ts';

export const dataset: CoreDataset = core;
