/**
 * The prose's chunk (split.ts): explanations, results, citations and the learning layer,
 * fetched after the first view by `DataStore.loadProse` (state/dataStore.ts), its one importer.
 */
import prose from 'virtual:dataset-prose';
import { mergeProse, type CoreDataset, type ProseDataset } from './split.ts';

/** Fills `core`'s records with their prose, in place, and returns them as the full data. */
export const withProse = (core: CoreDataset): ProseDataset => mergeProse(core, prose);
