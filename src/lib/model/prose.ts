/**
 * Importing this module fills the shared dataset's records with their prose (see split.ts).
 * Components that show explanations, results, citations or the learning layer import it, so
 * they can never render before the prose is there.
 */
import prose from 'virtual:dataset-prose';
import { dataset } from './dataset.ts';
import { mergeProse } from './split.ts';

mergeProse(dataset, prose);

export { dataset };
