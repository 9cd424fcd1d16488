/**
 * The dataset in another language: every translatable field whose overlay holds a
 * translation of the current English gets the translation; a field without one, or whose
 * English changed after it was translated, stays in English and is listed, so the UI can
 * mark it `lang="en"` for readers and screen readers. Pure: the input is not changed.
 */
import type { Overlay } from './overlay.ts';
import type { Dataset } from './schema.ts';
import { textHash } from './textHash.ts';
import { recordKey, translatableTexts } from './translatable.ts';
import type { Collection } from './validate.ts';

/** The key of one field in `english`, e.g. `fieldKey('nodes', 'bdnf', 'explanation')`. */
export function fieldKey(collection: Collection, record: string, path: string): string {
  return `${collection}/${record}/${path}`;
}

export interface Localized {
  dataset: Dataset;
  /** `fieldKey`s of the translatable fields still shown in English. */
  english: Set<string>;
}

/** Sets `value` at the dot path `parts` inside `target` (a fresh copy of the record). */
function setAt(target: object, parts: string[], value: string): void {
  const [head, ...rest] = parts as [string, ...string[]];
  if (rest.length === 0) Reflect.set(target, head, value);
  else setAt(Reflect.get(target, head) as object, rest, value);
}

export function localize(dataset: Dataset, overlay: Overlay): Localized {
  const english = new Set<string>();
  const localized = { ...dataset } as Record<Collection, object[]>;
  for (const collection of Object.keys(dataset) as Collection[]) {
    const translations = overlay.get(collection);
    localized[collection] = (dataset[collection] as object[]).map((record) => {
      const key = recordKey(collection, record);
      const fields = translations?.get(key);
      let copy: object | undefined;
      for (const { path, english: text } of translatableTexts(collection, record)) {
        const translation = fields?.get(path);
        if (!translation || translation.from !== textHash(text)) {
          english.add(fieldKey(collection, key, path));
          continue;
        }
        copy ??= structuredClone(record);
        setAt(copy, path.split('.'), translation.text);
      }
      return copy ?? record;
    });
  }
  return { dataset: localized as unknown as Dataset, english };
}
