/**
 * The content fields shown in English on a page in another language: those without a
 * translation of the current English (localize.ts). Filled before the first render and again
 * when the prose arrives; always empty on an English page.
 */
import type { Collection } from '../model/validate.ts';

export const untranslated = new Set<string>();

/**
 * `lang="en"` for an element showing the field `path` of a record (`key`: its id, or
 * `kind:id` in `interface`) when that field is still in English; else nothing.
 */
export const langOf = (collection: Collection, key: string, path: string) =>
  // localize.ts's fieldKey, written out: importing it would bring the hashing into the first view.
  untranslated.has(`${collection}/${key}/${path}`) ? 'en' : undefined;
