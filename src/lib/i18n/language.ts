/**
 * The language the explorer speaks: the `lang` link parameter, then the page's address
 * (dist/es/ is Spanish), then the browser's languages, then English. Nothing is stored, so a
 * sandboxed frame (no storage) behaves like any page. Each language is a build of its own
 * (vite.config.ts): changing language is following a link.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

/**
 * `param`: the link's `lang`, if any; `preferred`: `navigator.languages`, e.g. ['es-MX', 'en'];
 * `page`: the language of the page open. The English page is also the address that names no
 * language, so there the browser's languages choose; a page in another language was chosen.
 */
export function chooseLanguage(
  param: string | null,
  preferred: readonly string[],
  page: Language = 'en',
): Language {
  if (param !== null && isLanguage(param)) return param;
  if (page !== 'en') return page;
  for (const tag of preferred) {
    const primary = tag.split('-')[0]!.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/**
 * The address of the same view in another language: the English page's folder holds each
 * other language's page in a folder named by it (`…/es/`), with the same file name, query and
 * hash. `address`: the page open, in `page`.
 */
export function addressInLanguage(address: string, page: Language, lang: Language): string {
  const url = new URL(address);
  const cut = url.pathname.lastIndexOf('/') + 1;
  const folder = url.pathname.slice(0, cut);
  const file = url.pathname.slice(cut);
  const englishFolder = page === 'en' ? folder : folder.replace(new RegExp(`${page}/$`), '');
  url.pathname = `${englishFolder}${lang === 'en' ? '' : `${lang}/`}${file}`;
  return url.href;
}
