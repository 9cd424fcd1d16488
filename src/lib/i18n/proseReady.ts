/**
 * Resolves when the prose can be shown in the page's language: at once on an English page; on
 * a Spanish one once the prose's translations have arrived and been applied (esProse.ts).
 * Every part that shows prose is loaded after it, so none shows English in its place.
 */
let ready: Promise<unknown> | undefined;

export const proseReady = () =>
  (ready ??= document.documentElement.lang === 'es' ? import('./esProse.ts') : Promise.resolve());

/**
 * Resolves when the tour's words can be shown in the page's language: after the prose, and on a
 * Spanish page once the tour's translations have arrived and been applied (esTour.ts). The
 * presenter bar, the speaker view and the Cite and Embed dialogs load after it.
 */
export const tourReady = () =>
  proseReady().then(() =>
    document.documentElement.lang === 'es' ? import('./esTour.ts') : undefined,
  );
