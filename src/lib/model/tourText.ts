/**
 * The tour's words (titles, captions, speaker notes; `TOUR_TEXT_FIELDS` in split.ts), fetched
 * by `DataStore.loadTour` (state/dataStore.ts) when a reader reaches for the tour, the Embed
 * dialog or "Cite this view": not on every visit.
 */
import tourText from 'virtual:dataset-tour';
import type { Dataset } from './schema.ts';
import { mergeTourText, type ProseDataset } from './split.ts';

/** Adds the tour's words to `data`'s tour steps, in place, and returns all of the data. */
export const withTourText = (data: ProseDataset): Dataset => mergeTourText(data, tourText);
