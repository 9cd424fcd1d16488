/**
 * The diagram's zoom. Rendering reads `transform`; only d3-zoom writes it. Programmatic
 * moves (fit, focus a node, keys, buttons) go through d3-zoom's own `zoom.transform`, so
 * d3's stored state and ours never disagree.
 */
import { select, type Selection as D3Selection } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { SCALE_EXTENT, type Transform } from '../../lib/layout/fit.ts';

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class ZoomState {
  transform = $state<Transform>({ x: 0, y: 0, k: 1 });
  #behavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
  #svg: D3Selection<SVGSVGElement, unknown, null, undefined> | null = null;

  /** Attach to an SVG; returns the cleanup. */
  attach(svg: SVGSVGElement): () => void {
    this.#svg = select(svg);
    this.#behavior = d3zoom<SVGSVGElement, unknown>()
      .scaleExtent(SCALE_EXTENT)
      .on('zoom', (event: { transform: Transform }) => {
        const { x, y, k } = event.transform;
        this.transform = { x, y, k };
      });
    this.#svg.call(this.#behavior);
    return () => {
      this.#svg?.on('.zoom', null);
      this.#svg = null;
      this.#behavior = null;
    };
  }

  /** The scales the user may zoom between (the fitted scale up to a few times closer). */
  setExtent(extent: [number, number]): void {
    this.#behavior?.scaleExtent(extent);
  }

  /** Move to a transform, animated unless the user prefers reduced motion. */
  moveTo(target: Transform, animate = true): void {
    if (!this.#svg || !this.#behavior) {
      this.transform = target;
      return;
    }
    const t = zoomIdentity.translate(target.x, target.y).scale(target.k);
    if (animate && !prefersReducedMotion()) {
      this.#svg.transition().duration(350).call(this.#behavior.transform, t);
    } else {
      this.#svg.call(this.#behavior.transform, t);
    }
  }

  /** Zoom by a factor about the viewport centre. */
  zoomBy(factor: number): void {
    if (!this.#svg || !this.#behavior) return;
    if (prefersReducedMotion()) this.#svg.call(this.#behavior.scaleBy, factor);
    else this.#svg.transition().duration(200).call(this.#behavior.scaleBy, factor);
  }
}
