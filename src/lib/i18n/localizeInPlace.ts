/**
 * `localize` for the app's one shared dataset, whose records every view already holds: the
 * translated fields are written into those records rather than into copies. Returns the
 * `fieldKey`s still in English.
 */
import { localize } from '../model/localize.ts';
import type { Overlay } from '../model/overlay.ts';
import type { Dataset } from '../model/schema.ts';

export function localizeInPlace(data: object, overlay: Overlay): Set<string> {
  const records = new Map(Object.entries(data) as [string, object[]][]);
  const { dataset, english } = localize(data as Dataset, overlay);
  for (const [collection, translated] of Object.entries(dataset) as [string, object[]][])
    translated.forEach((record, i) => {
      const own = records.get(collection)![i]!;
      if (record !== own) Object.assign(own, record);
    });
  return english;
}
