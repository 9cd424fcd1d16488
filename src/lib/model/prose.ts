/**
 * Importing this module fills the shared dataset's records with their prose (see split.ts).
 * Components that show explanations, results, citations or the learning layer read their data
 * through `withProse`, so they import this module and load only after the first view.
 */
import prose from 'virtual:dataset-prose';
import { dataset } from './dataset.ts';
import type { Dataset } from './schema.ts';
import { mergeProse, type CoreDataset } from './split.ts';

mergeProse(dataset, prose);

/**
 * The app's data with its prose. True of the one shared dataset once this module has run,
 * and of the full data that component tests pass in.
 */
export const withProse = (data: CoreDataset): Dataset => data as unknown as Dataset;
