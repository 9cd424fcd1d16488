/**
 * The page's language, as main.ts set it on <html lang>. Read from the page rather than from
 * a module the first view shares: a module shared by the first view and the later chunks is
 * split into a file of its own, one more request before the first paint.
 */
import type { Language } from './language.ts';

export const pageLanguage = (): Language =>
  typeof document !== 'undefined' && document.documentElement.lang === 'es' ? 'es' : 'en';

/** `lang="en"` for what stays as published in every language: study titles, journals, authors. */
export const asPublished = () => (pageLanguage() === 'en' ? undefined : 'en');

/**
 * The content fields shown in English on a page in another language: those without a
 * translation of the current English (localize.ts), as `fieldKey`s. Filled before the first
 * render (es.ts) and again when the prose arrives (esProse.ts); always empty on an English page.
 * Kept here, with the first view's code, so the Spanish chunks and the views share it without
 * a file of its own.
 */
export const untranslated = new Set<string>();

/**
 * `lang="en"` for an element showing the field `path` of a record (`key`: its id, or
 * `kind:id` in `interface`) when that field is still in English; else nothing.
 */
export const langOf = (collection: string, key: string, path: string) =>
  // localize.ts's fieldKey, written out: importing it would bring the hashing along.
  untranslated.has(`${collection}/${key}/${path}`) ? 'en' : undefined;
