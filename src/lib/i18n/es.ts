/**
 * Everything a Spanish page needs before its first render, in a chunk only Spanish readers
 * download: every interface message (Paraglide's compiled Spanish) and the first view's share of the content overlay, applied to the shared dataset in
 * place (the prose's share follows with the prose, see prose.ts).
 */
import overlayCore from 'virtual:overlay-es-core';
import type { CoreDataset } from '../model/split.ts';
import { localizeInPlace } from './localizeInPlace.ts';
import { overlayFromJson } from './overlayJson.ts';
import { untranslated } from './pageLanguage.ts';
import messages from 'virtual:messages-es';

/** Paraglide's compiled Spanish, by English text (see t.ts); main.ts hands it to t.ts. */
export { messages };

/** The first view's translatable fields (`fieldKey`s): the prose's pass leaves them be. */
export const coreFields = new Set<string>();

export function useSpanish(data: CoreDataset): void {
  const english = localizeInPlace(data, overlayFromJson(overlayCore));
  for (const key of english) untranslated.add(key);
  // Every first-view field is either in this part of the overlay or still English.
  for (const key of english) coreFields.add(key);
  for (const [collection, records] of overlayCore)
    for (const [record, fields] of records)
      for (const [path] of fields) coreFields.add(`${collection}/${record}/${path}`);
}
