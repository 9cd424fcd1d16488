/**
 * Importing this module fills the shared dataset's records with their prose (see split.ts).
 * Components that show explanations, results, citations or the learning layer read their data
 * through `getProseContext`, so they import this module and load only after the first view.
 */
import prose from 'virtual:dataset-prose';
import { getAppContext } from '../state/context.ts';
import { dataset } from './dataset.ts';
import { mergeProse, type ProseDataset } from './split.ts';

mergeProse(dataset, prose);

/**
 * The app context with its data typed as complete but for the tour's words (tourText.ts):
 * true of the one shared dataset once this module has run, and of the full data that
 * component tests pass in.
 */
export function getProseContext() {
  const context = getAppContext();
  return { ...context, data: context.data as unknown as ProseDataset };
}
