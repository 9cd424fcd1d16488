/**
 * The tour's share of the Spanish overlay, fetched on a Spanish page only, with the tour's
 * words it translates. `DataStore.loadTour` applies it before any part that shows them is
 * drawn, so no English tour text is shown in its place.
 */
import overlayTour from 'virtual:overlay-es-tour';
import { overlayFromJson } from './overlayJson.ts';
import type { Dataset } from '../model/schema.ts';
import { localizeInPlace } from './localizeInPlace.ts';
import { untranslated } from './pageLanguage.ts';

/** Translates the tour's words in `data`, in place. */
export function translateTour(data: Dataset): void {
  for (const key of localizeInPlace({ tour: data.tour }, overlayFromJson(overlayTour)))
    untranslated.add(key);
}
