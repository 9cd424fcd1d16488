/**
 * The language the explorer speaks: the `lang` link parameter, then the browser's languages,
 * then English. Nothing is stored, so a sandboxed frame (no storage) behaves like any page.
 * Chosen once, before the first render: changing language is following a link.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

/** `param`: the link's `lang`, if any; `preferred`: `navigator.languages`, e.g. ['es-MX', 'en']. */
export function chooseLanguage(param: string | null, preferred: readonly string[]): Language {
  if (param !== null && isLanguage(param)) return param;
  for (const tag of preferred) {
    const primary = tag.split('-')[0]!.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/**
 * Set once at start-up (main.ts), before anything renders, on <html lang>, where the rest of
 * the app reads it (pageLanguage.ts).
 */
export function setLanguage(lang: Language): void {
  document.documentElement.lang = lang;
}
