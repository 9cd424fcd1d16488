/**
 * The footer's link to the other language. Apart from language.ts, and importing nothing of
 * it, so the first view neither carries it nor has language.ts split into a file of its own
 * (a module the first view shares with two later parts is).
 */
import type { Language } from './language.ts';

/**
 * A link to the view open at `address` (in `page`) on the page in `lang`: the English page's
 * folder holds the other's as `es/` (language.ts, addressInLanguage). The link names `lang`
 * itself: on the English address the browser's languages would otherwise choose again.
 */
export function linkInLanguage(address: string, page: Language, lang: Language): string {
  const url = new URL(address);
  const cut = url.pathname.lastIndexOf('/') + 1;
  const folder = url.pathname.slice(0, cut);
  const englishFolder = page === 'en' ? folder : folder.replace(new RegExp(`${page}/$`), '');
  url.pathname = `${englishFolder}${lang === 'en' ? '' : `${lang}/`}${url.pathname.slice(cut)}`;
  // The query as written (URLSearchParams would escape the `:` of `focus=node:bdnf`).
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !part.startsWith('lang='));
  url.search = [...kept, `lang=${lang}`].join('&');
  return url.href;
}
