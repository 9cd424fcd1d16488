/**
 * A language overlay in the parts the app loads, matching the dataset's own split (split.ts):
 * what the first view shows (labels, short names, key numbers, the first view's interface
 * words), the prose's share, which arrives with the prose, and the tour's words, which arrive
 * with the parts that show them (the findings' measured times have no words to translate). Written as nested entry lists,
 * plain JSON, so the build can serve each part as a module and the browser rebuilds the Maps
 * `localize` reads.
 */
import type { Overlay, Translation } from './overlay.ts';
import { PROSE_COLLECTIONS, PROSE_FIELDS, TOUR_TEXT_FIELDS, inFirstView } from './split.ts';
import type { Collection } from './validate.ts';

/** Collection → record key → field path → translation, as entry lists. */
export type OverlayJson = [Collection, [string, [string, Translation][]][]][];

const PROSE_FIELD_NAMES = new Map<string, readonly string[]>(Object.entries(PROSE_FIELDS));

/** Whether a field of a record is one of the tour's words (loaded apart, with the tour). */
export function isTourField(collection: Collection, path: string): boolean {
  return (
    collection === 'tour' && (TOUR_TEXT_FIELDS as readonly string[]).includes(path.split('.')[0]!)
  );
}

/** Whether a field of a record loads with the prose rather than in the first view. */
export function isProseField(collection: Collection, key: string, path: string): boolean {
  if ((PROSE_COLLECTIONS as readonly string[]).includes(collection)) return true;
  if (collection === 'interface') {
    const [kind, id] = key.split(':') as [string, string];
    return !inFirstView({ kind, id } as Parameters<typeof inFirstView>[0]);
  }
  return PROSE_FIELD_NAMES.get(collection)?.includes(path.split('.')[0]!) ?? false;
}

/** Keeps the translations `keep` accepts, as JSON entry lists. */
function pick(overlay: Overlay, keep: (c: Collection, key: string, path: string) => boolean) {
  const json: OverlayJson = [];
  for (const [collection, records] of overlay) {
    const kept: OverlayJson[number][1] = [];
    for (const [key, fields] of records) {
      const paths = [...fields].filter(([path]) => keep(collection, key, path));
      if (paths.length > 0) kept.push([key, paths]);
    }
    if (kept.length > 0) json.push([collection, kept]);
  }
  return json;
}

export function splitOverlay(overlay: Overlay): {
  core: OverlayJson;
  prose: OverlayJson;
  tour: OverlayJson;
} {
  return {
    core: pick(overlay, (c, key, path) => !isTourField(c, path) && !isProseField(c, key, path)),
    prose: pick(overlay, (c, key, path) => !isTourField(c, path) && isProseField(c, key, path)),
    tour: pick(overlay, (c, _key, path) => isTourField(c, path)),
  };
}
