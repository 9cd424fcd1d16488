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
