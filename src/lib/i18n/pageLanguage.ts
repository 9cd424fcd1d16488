/**
 * The page's language, and the content fields it still shows in English. Each language is a
 * build of its own (vite.config.ts), so both are known when the page is built: the dataset
 * plugin serves them as `virtual:page-language`.
 */
import page from 'virtual:page-language';
import type { Language } from './language.ts';

export const pageLanguage = (): Language => page.lang;

/** `lang="en"` for what stays as published in every language: study titles, journals, authors. */
export const asPublished = () => (page.lang === 'en' ? undefined : 'en');

/**
 * The content fields shown in English on a page in another language: those without a
 * translation of the current English (model/localize.ts), as `fieldKey`s; always empty on an
 * English page.
 */
const untranslated = new Set(page.untranslated);

/**
 * `lang="en"` for an element showing the field `path` of a record (`key`: its id, or
 * `kind:id` in `interface`) when that field is still in English; else nothing.
 */
export const langOf = (collection: string, key: string, path: string) =>
  // localize.ts's fieldKey, written out: importing it would bring the hashing along.
  untranslated.has(`${collection}/${key}/${path}`) ? 'en' : undefined;
