/**
 * The diagram's zoom. Rendering reads `transform`; only d3-zoom writes it. Programmatic
 * moves (fit, focus a node, keys, buttons) go through d3-zoom's own `zoom.transform`, so
 * d3's stored state and ours never disagree.
 *
 * Two figures, so a frame of a gesture costs one CSS transform: `transform` follows every
 * step and moves (and scales) the drawing as a whole; `drawnK` is the scale the cascade is
 * drawn at, type at its size and detail chosen (semantic zoom), and changes only when a
 * gesture or a move comes to rest.
 *
 * d3-zoom itself (zoomBehaviour.ts) loads once the first screen has painted, like the other
 * parts that wait for a reader (App.svelte): the first view draws at its fitted transform
 * without it. Until it is in, moves set the transform directly, and a zoom key or button
 * pressed in that moment acts as soon as it arrives.
 */
import { SCALE_EXTENT, type Transform } from '../../lib/layout/fit.ts';
import type { ZoomBinding } from './zoomBehaviour.ts';
import { firstPaint } from '../../lib/state/firstPaint.ts';

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class ZoomState {
  transform = $state.raw<Transform>({ x: 0, y: 0, k: 1 });
  /** The scale the cascade is drawn at: the transform's, once it has come to rest. */
  drawnK = $state(1);
  /** A gesture or an animated move is under way. */
  moving = $state(false);

  #extent: [number, number] = SCALE_EXTENT;
  #binding: ZoomBinding | null = null;
  #bound: Promise<ZoomBinding | null> = Promise.resolve(null);

  /** Attach to the viewport of `size()` px; returns the cleanup. */
  attach(viewport: HTMLElement, size: () => [number, number]): () => void {
    let detached = false;
    this.#bound = firstPaint()
      .then(() => import('./zoomBehaviour.ts'))
      .then(({ bindZoom }) => {
        if (detached) return null;
        this.#binding = bindZoom(viewport, this.#extent, this.transform, {
          size,
          onstart: () => (this.moving = true),
          onzoom: (t) => (this.transform = t),
          onend: (t) => {
            this.moving = false;
            this.drawnK = t.k;
          },
        });
        return this.#binding;
      })
      // Without d3-zoom (the connection dropped) the diagram still shows and selects; the
      // buttons and keys still fit and focus, through `moveTo`.
      .catch(() => null);
    return () => {
      detached = true;
      this.#binding?.detach();
      this.#binding = null;
    };
  }

  /** The scales the user may zoom between (the fitted scale up to a few times closer). */
  setExtent(extent: [number, number]): void {
    this.#extent = extent;
    this.#binding?.setExtent(extent);
  }

  /** Move to a transform, animated unless the user prefers reduced motion. */
  moveTo(target: Transform, animate = true): void {
    if (!this.#binding) {
      this.transform = target;
      this.drawnK = target.k;
      return;
    }
    this.#binding.moveTo(target, animate && !prefersReducedMotion());
  }

  /** Zoom by a factor about the viewport centre. */
  zoomBy(factor: number): void {
    const zoom = (binding: ZoomBinding | null) => binding?.zoomBy(factor, !prefersReducedMotion());
    if (this.#binding) zoom(this.#binding);
    else void this.#bound.then(zoom);
  }
}
