/**
 * The published site's address, from CITATION.cff's `url` (see `define` in vite.config.ts),
 * or null when none is configured. The offline copy's Embed dialog points there.
 */
export const PUBLISHED_URL: string | null =
  typeof __PUBLISHED_URL__ === 'undefined' ? null : __PUBLISHED_URL__;
