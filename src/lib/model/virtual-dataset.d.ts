// Served by the `datasetModules` plugin in vite.config.ts from the validated data/ files.
declare module 'virtual:dataset-core' {
  const core: import('./split.ts').CoreDataset;
  export default core;
}
declare module 'virtual:dataset-prose' {
  const prose: import('./split.ts').DatasetProse;
  export default prose;
}
declare module 'virtual:dataset-timing' {
  const timing: import('./split.ts').DatasetTiming;
  export default timing;
}
declare module 'virtual:dataset-tour' {
  /** Per tour step, in order: its title, caption and speaker notes. */
  const tourText: object[];
  export default tourText;
}

/** The project's version, from package.json (see `define` in vite.config.ts). */
declare const __APP_VERSION__: string;

/** The published site's address from CITATION.cff `url`, or null (see src/lib/state/published.ts). */
declare const __PUBLISHED_URL__: string | null;

/** Title, author and release date from CITATION.cff, version from package.json (vite.config.ts). */
declare const __APP_CITATION__: import('../export/citeView.ts').ProjectFacts;

// The page's language and the content fields it still shows in English (`fieldKey`s).
declare module 'virtual:page-language' {
  const page: { lang: import('../i18n/language.ts').Language; untranslated: string[] };
  export default page;
}
