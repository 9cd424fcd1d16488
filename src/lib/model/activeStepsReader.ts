/**
 * Loaded once a time is chosen: the prose (with the findings' compounds), the findings'
 * measured times and the reading of them (stepActivity.ts), off the first view.
 */
import './prose.ts';
import './timing.ts';
import type { Dataset } from './schema.ts';
import type { CoreDataset } from './split.ts';
import { activeStepsAt } from './stepActivity.ts';

/** For the shared dataset, complete once prose.ts has run (or full data, in component tests). */
export const activeStepsReader =
  (data: CoreDataset) => (t: number, compound: string | null, only?: Set<string>) =>
    activeStepsAt(data as unknown as Dataset, t, compound, only);
