/**
 * Importing this module adds the tour's words (titles, captions, speaker notes) to the shared
 * dataset, after the prose (see `TOUR_TEXT_FIELDS` in split.ts). The presenter bar, the
 * speaker view, the Embed dialog and "Cite this view" read their data through
 * `getTourContext` (state/tourText.ts), which imports this module, so the words load with
 * them, not on every visit.
 */
import tourText from 'virtual:dataset-tour';
import './prose.ts';
import { dataset } from './dataset.ts';
import { mergeTourText, type ProseDataset } from './split.ts';

mergeTourText(dataset as unknown as ProseDataset, tourText);
