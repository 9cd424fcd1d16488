import type { Language } from './language.ts';

/** Each language by its own name, as a reader looking for it would recognise it. */
export const LANGUAGE_NAMES = new Map<Language, string>([
  ['en', 'English'],
  ['es', 'Español'],
]);
