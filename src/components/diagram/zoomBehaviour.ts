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

/**
 * Attaches d3-zoom to `svg`, starting from the transform the diagram already shows, and
 * reports every transform it sets through `onzoom`.
 */
export function bindZoom(
  svg: SVGSVGElement,
  extent: [number, number],
  current: Transform,
  onzoom: (transform: Transform) => void,
): ZoomBinding {
  const selection = select(svg);
  const behavior = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent(extent)
    .on('zoom', (event: { transform: Transform }) => {
      const { x, y, k } = event.transform;
      onzoom({ x, y, k });
    });
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
