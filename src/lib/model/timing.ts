/**
 * Importing this module gives the shared dataset's findings their measured times (see
 * split.ts), which only the diagram's "active at time t" reads.
 */
import timing from 'virtual:dataset-timing';
import { dataset } from './dataset.ts';
import { mergeTiming } from './split.ts';

mergeTiming(dataset, timing);
