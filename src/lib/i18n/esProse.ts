/**
 * The prose's share of the Spanish overlay, fetched on a Spanish page only, with the prose it
 * translates. `DataStore.loadProse` applies it before any part that shows prose is drawn, so no
 * English prose is shown in its place.
 */
import overlayProse from 'virtual:overlay-es-prose';
import { overlayFromJson } from './overlayJson.ts';
import { coreFields } from './es.ts';
import type { ProseDataset } from '../model/split.ts';
import { localizeInPlace } from './localizeInPlace.ts';
import { untranslated } from './pageLanguage.ts';

/** Translates the prose of `data`, in place. */
export function translateProse(data: ProseDataset): void {
  // The first view's fields were translated before it rendered (es.ts) and the tour's words
  // are translated with them (esTour.ts); only the prose's are still English here.
  for (const key of localizeInPlace(data, overlayFromJson(overlayProse)))
    if (!coreFields.has(key) && !key.startsWith('tour/')) untranslated.add(key);
}
