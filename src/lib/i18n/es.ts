/**
 * Everything a Spanish page needs before its first render, in a chunk only Spanish readers
 * download: every interface message (Paraglide's compiled Spanish) and the first view's share of the content overlay, applied to the shared dataset in
 * place (the prose's share follows with the prose, see prose.ts).
 */
import overlayCore from 'virtual:overlay-es-core';
import type { CoreDataset } from '../model/split.ts';
import { localizeInPlace } from './localizeInPlace.ts';
import { overlayFromJson } from '../model/overlaySplit.ts';
import { untranslated } from './untranslated.ts';
import messages from 'virtual:messages-es';

/** Paraglide's compiled Spanish, by English text (see t.ts); main.ts hands it to t.ts. */
export { messages };

export function useSpanish(data: CoreDataset): void {
  for (const key of localizeInPlace(data, overlayFromJson(overlayCore))) untranslated.add(key);
}
