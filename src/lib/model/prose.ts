/**
 * Importing this module fills the shared dataset's records with their prose (see split.ts).
 * Components that show explanations, results, citations or the learning layer read their data
 * through `getProseContext` (state/prose.ts), which imports this module, so they load
 * only after the first view.
 */
import prose from 'virtual:dataset-prose';
import { dataset } from './dataset.ts';
import { mergeProse } from './split.ts';

mergeProse(dataset, prose);
