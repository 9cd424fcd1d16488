/**
 * d3-zoom bound to the diagram's SVG: wheel, drag, pinch and double-click, and the animated
 * programmatic moves. Loaded after the first paint by zoomState.svelte.ts, so d3-zoom and
 * d3-selection (about 8 KB gzip) are not part of the first view.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import type { Transform } from '../../lib/layout/fit.ts';

export interface ZoomBinding {
  setExtent(extent: [number, number]): void;
  /** Move to a transform, animated or at once. */
  moveTo(target: Transform, animate: boolean): void;
  /** Zoom by a factor about the viewport centre. */
  zoomBy(factor: number, animate: boolean): void;
  detach(): void;
}

/** What the diagram gives d3-zoom: where it starts, and where to report. */
export interface ZoomHooks {
  /** The viewport's size, known to the diagram: d3 would otherwise read the layout per event. */
  size: () => [number, number];
  /** A gesture or a move begins (d3's 'start'). */
  onstart: () => void;
  /** Every transform d3 sets, during a gesture or a move. */
  onzoom: (transform: Transform) => void;
  /** A gesture or a move has come to rest (d3's 'end', 150 ms after the last wheel step). */
  onend: (transform: Transform) => void;
}

/**
 * Attaches d3-zoom to the diagram's viewport, starting from the transform the diagram already
 * shows, and reports every transform it sets, and each one it comes to rest at.
 */
export function bindZoom(
  viewport: HTMLElement,
  extent: [number, number],
  current: Transform,
  hooks: ZoomHooks,
): ZoomBinding {
  const selection = select(viewport);
  const plain = ({ x, y, k }: Transform): Transform => ({ x, y, k });
  const behavior = d3zoom<HTMLElement, unknown>()
    .scaleExtent(extent)
    .extent(() => [[0, 0], hooks.size()])
    .on('start', () => hooks.onstart())
    .on('zoom', (event: { transform: Transform }) => hooks.onzoom(plain(event.transform)))
    .on('end', (event: { transform: Transform }) => hooks.onend(plain(event.transform)));
  const toD3 = (t: Transform) => zoomIdentity.translate(t.x, t.y).scale(t.k);
  selection.call(behavior);
  // d3 keeps its own copy of the transform: start it where the diagram already is.
  selection.call(behavior.transform, toD3(current));
  return {
    setExtent: (next) => void behavior.scaleExtent(next),
    moveTo(target, animate) {
      if (animate) selection.transition().duration(350).call(behavior.transform, toD3(target));
      else selection.call(behavior.transform, toD3(target));
    },
    zoomBy(factor, animate) {
      if (animate) selection.transition().duration(200).call(behavior.scaleBy, factor);
      else selection.call(behavior.scaleBy, factor);
    },
    detach: () => void selection.on('.zoom', null),
  };
}
