/**
 * The overlay parts as the build serves them (overlaySplit.ts) back into the Maps `localize`
 * reads. Apart from overlaySplit.ts so the browser's Spanish chunks need nothing else of it.
 */
import type { Overlay } from '../model/overlay.ts';
import type { OverlayJson } from '../model/overlaySplit.ts';

export function overlayFromJson(json: OverlayJson): Overlay {
  return new Map(
    json.map(([collection, records]) => [
      collection,
      new Map(records.map(([key, fields]) => [key, new Map(fields)])),
    ]),
  );
}
