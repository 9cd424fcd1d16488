/**
 * Loaded after the first paint (or at once for a link with a time; DiagramLegend.svelte): the
 * findings' measured times (split.ts) and the reading of them (stepActivity.ts), off the first
 * view. It reads the findings' compounds too, which come with the prose, so the diagram loads
 * it beside `DataStore.loadProse`.
 */
import timing from 'virtual:dataset-timing';
import { mergeTiming, type ProseDataset } from './split.ts';
import { activeStepsReading } from './stepActivity.ts';

/** Gives `data`'s findings their measured times, in place, and reads which steps are active when. */
export function activeStepsReader(data: ProseDataset) {
  mergeTiming(data, timing);
  return activeStepsReading(data);
}
