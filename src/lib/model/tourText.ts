/**
 * Importing this module adds the tour's words (titles, captions, speaker notes) to the shared
 * dataset, after the prose (see `TOUR_TEXT_FIELDS` in split.ts). The presenter bar, the speaker
 * view, the Embed dialog and "Cite this view" read their data through `getTourContext`, so the
 * words load with them, not on every visit.
 */
import tourText from 'virtual:dataset-tour';
import { getProseContext } from './prose.ts';
import { dataset } from './dataset.ts';
import type { Dataset } from './schema.ts';
import { mergeTourText, type ProseDataset } from './split.ts';

mergeTourText(dataset as unknown as ProseDataset, tourText);

/** The app context with its data typed as complete: true once this module has run. */
export function getTourContext() {
  const context = getProseContext();
  return { ...context, data: context.data as unknown as Dataset };
}
