/**
 * The cascade diagram's controller: the frame's size, the orientation and type, the drawing
 * at the scale it is drawn at, the zoom, and what a press or a key does. The components only
 * draw what it holds and forward events to it.
 */
import { tick, untrack } from 'svelte';
import {
  cascadeGrid,
  closestScale,
  drawCascade,
  fitScale,
  orientationFor,
  type CascadeDrawing,
  type CascadeGrid,
  type DrawnEdge,
  type DrawnNode,
  type Orientation,
  type TypeScale,
} from '../../lib/layout/cascade.ts';
import { diagramType } from '../../lib/layout/diagramType.ts';
import type { Transform } from '../../lib/layout/fit.ts';
import { moveForKey, neighbour } from '../../lib/layout/navigation.ts';
import { mainCompounds } from '../../lib/model/graph.ts';
import type { CoreDataset } from '../../lib/model/split.ts';
import type { ExplorerSelection } from '../../lib/state/selection.svelte.ts';
import { stageFrame } from '../../lib/state/tour.ts';
import { langOf } from '../../lib/i18n/pageLanguage.ts';
import { diagramIndex, type DiagramIndex } from './diagramIndex.ts';
import { ItemStates } from './itemStates.svelte.ts';
import { ZoomState } from './zoomState.svelte.ts';

type Point = { cx: number; cy: number };

export class CascadeView {
  readonly zoom = new ZoomState();
  readonly index: DiagramIndex;
  readonly items: ItemStates;
  /** Set by the component: the frame's width, and the canvas's height on the stage. */
  width = $state(0);
  /** True once the frame's width has been read (CascadeDiagram); nothing is drawn before. */
  measured = $state(false);
  canvasHeight = $state(0);
  viewportWidth = $state(typeof innerWidth === 'number' ? innerWidth : 1280);
  viewportHeight = $state(typeof innerHeight === 'number' ? innerHeight : 800);
  /** The drawing's <svg>, for the export and for moving keyboard focus. */
  svg = $state<SVGSVGElement>();
  readonly type: TypeScale;
  readonly orientation: Orientation;
  readonly grid: CascadeGrid;
  readonly fitK: number;
  /** The cascade at the scale it is drawn at (zoom.drawnK, never below the fitted scale). */
  readonly drawing: CascadeDrawing;
  readonly height: number;
  /** Tab order: each node, then the arrows that leave it, in cascade order. */
  readonly tabOrder: { node: DrawnNode; edges: DrawnEdge[] }[];
  readonly #data: CoreDataset;
  readonly #selection: ExplorerSelection;
  readonly #fitted: () => { width: number; height: number };
  #lastStep: number | null = null;

  /** fill: take the height of the space the page gives (the presenter's stage), not the drawing's. */
  constructor(data: CoreDataset, selection: ExplorerSelection, fill: () => boolean) {
    this.#data = data;
    this.#selection = selection;
    this.index = diagramIndex(data);
    this.items = new ItemStates(selection, {
      steps: data.nodes.map((n) => n.id),
      compounds: data.compounds.map((c) => c.id),
      edges: data.edges.map((e) => e.id),
    });
    // Phones draw the steps only; the compound chooser above the diagram picks the route.
    const grids = {
      horizontal: cascadeGrid(data, {
        orientation: 'horizontal',
        compounds: mainCompounds(data).map((c) => c.id),
      }),
      vertical: cascadeGrid(data, { orientation: 'vertical', compounds: [] }),
    };
    const { extras, badges } = this.index;
    this.type = $derived(diagramType(selection.theme, this.viewportWidth));
    // Left to right when the far-out drawing fits the width at the theme's type size, and
    // always on a stage wider than tall (it is zoomed to the step's part of the cascade).
    this.orientation = $derived(
      this.width === 0 || (fill() && this.width > this.canvasHeight)
        ? 'horizontal'
        : orientationFor(grids, this.type, this.width),
    );
    this.grid = $derived(grids[this.orientation]);
    const maxHeight = $derived(
      fill()
        ? Math.max(200, this.canvasHeight)
        : Math.round(this.viewportHeight * (this.orientation === 'vertical' ? 0.85 : 0.7)),
    );
    this.fitK = $derived(
      this.width > 0 ? fitScale(this.grid, this.type, { width: this.width, height: maxHeight }) : 1,
    );
    // Drawn again only when a zoom comes to rest: while it runs, the drawing is moved and
    // scaled as a whole (CascadeDiagram's layer), one CSS transform a frame.
    this.drawing = $derived(
      drawCascade(this.grid, {
        k: Math.max(this.zoom.drawnK, this.fitK),
        type: this.type,
        extras,
        badges,
      }),
    );
    // The whole cascade's size at its fitted scale. A drawing's size depends on its scale
    // alone, not on its detail or badges, so unzoomed (as the page opens) it is the drawing's.
    const fitted = $derived(
      this.zoom.drawnK <= this.fitK
        ? this.drawing
        : drawCascade(this.grid, { k: this.fitK, type: this.type }),
    );
    this.#fitted = () => fitted;
    // On the stage, the space the page gives; elsewhere, the whole drawing at its fitted scale.
    this.height = $derived(
      fill()
        ? Math.max(200, this.canvasHeight)
        : this.width === 0
          ? 360
          : Math.max(200, fitted.height),
    );
    this.tabOrder = $derived.by(() => {
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read in this derivation only
      const leaving = new Map<string, DrawnEdge[]>();
      for (const e of this.drawing.edges) {
        const list = leaving.get(e.from);
        if (list) list.push(e);
        else leaving.set(e.from, [e]);
      }
      return [...this.drawing.nodes]
        .sort((a, b) => a.column - b.column || a.row - b.row)
        .map((node) => ({ node, edges: leaving.get(node.id) ?? [] }));
    });

    // Fit on load and whenever the frame, the type or the layout changes size.
    $effect(() => {
      this.zoom.setExtent([this.fitK, closestScale(this.grid, this.type, this.fitK, extras)]);
      void this.height;
      // (On a tour step the step's own view wins; see below.)
      if (this.width > 0 && untrack(() => selection.step) === null) untrack(() => this.fit(false));
    });
    // During the tour, each step zooms to what it is about; leaving it fits the whole again.
    $effect(() => {
      const step = selection.step;
      void this.grid;
      void this.height;
      if (this.width === 0) return;
      untrack(() => {
        const moved = step !== this.#lastStep;
        this.#lastStep = step;
        if (step !== null) this.zoom.moveTo(this.stageTransform(step), moved);
        else if (moved) this.fit(false);
      });
    });
  }

  /** The transform that shows the whole cascade centred. */
  fitTransform(): Transform {
    const fitted = this.#fitted();
    return {
      k: this.fitK,
      x: Math.max(0, (this.width - fitted.width) / 2),
      y: Math.max(0, (this.height - fitted.height) / 2),
    };
  }

  /** The transform that centres a point of the drawing at scale k in the frame. */
  centreTransform(point: Point, k: number): Transform {
    return { k, x: this.width / 2 - point.cx, y: this.height / 2 - point.cy };
  }

  fit(animate = true): void {
    if (this.width > 0) this.zoom.moveTo(this.fitTransform(), animate);
  }

  /**
   * A presenter step shows the part of the cascade it is about (see stageFrame): the closest
   * zoom at which those steps' boxes all fit the stage, centred; or the whole when it names none.
   */
  stageTransform(step: number): Transform {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built and read in this call only
    const wanted = new Set(stageFrame(this.#data, this.#data.tour[step - 1]!));
    if (wanted.size === 0) return this.fitTransform();
    const pad = 24;
    const { extras, badges } = this.index;
    // The closest zoom that fits; failing that (a stage narrower than the far-out drawing), the
    // fitted scale centred on those steps, so they are in view even when the whole is not.
    for (const factor of [3, 2.5, 2, 1.6, 1.3, 1.1, 1]) {
      const k = this.fitK * factor;
      const shown = drawCascade(this.grid, { k, type: this.type, extras, badges }).nodes.filter(
        (n) => wanted.has(n.id),
      );
      if (shown.length === 0) break;
      const x0 = Math.min(...shown.map((n) => n.x));
      const y0 = Math.min(...shown.map((n) => n.y));
      const x1 = Math.max(...shown.map((n) => n.x + n.width));
      const y1 = Math.max(...shown.map((n) => n.y + n.height));
      if ((x1 - x0 <= this.width - 2 * pad && y1 - y0 <= this.height - 2 * pad) || factor === 1) {
        return this.centreTransform({ cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 }, k);
      }
    }
    return this.fitTransform();
  }

  /** Keep the focused item on screen: if it is outside the viewport, centre it. */
  bringIntoView(point: Point): void {
    const { x, y, k } = this.zoom.transform;
    const s = k / this.drawing.k;
    const sx = point.cx * s + x;
    const sy = point.cy * s + y;
    const margin = 40;
    if (sx < margin || sy < margin || sx > this.width - margin || sy > this.height - margin) {
      this.zoom.moveTo(this.centreTransform(point, this.drawing.k));
    }
  }

  /** lang="en" for a box whose drawn name is still in English on a page in another language. */
  labelLang(node: DrawnNode): string | undefined {
    if (node.kind === 'compound') return langOf('compounds', node.id, 'name');
    return langOf('nodes', node.id, this.drawing.detail === 'overview' ? 'short' : 'label');
  }

  chooseNode(node: DrawnNode): void {
    const s = this.#selection;
    if (node.kind === 'compound') s.toggleCompound(node.id);
    else s.toggle({ kind: 'node', id: node.id });
  }

  async onNodeKey(event: KeyboardEvent, node: DrawnNode): Promise<void> {
    const move = moveForKey(event.key, this.orientation);
    if (!move) return;
    event.preventDefault();
    const next = neighbour(this.drawing, node.id, move, this.#selection.route?.edges);
    if (next) {
      await tick();
      this.svg?.querySelector<SVGGElement>(`[data-id="${CSS.escape(next)}"]`)?.focus();
    }
  }

  onFrameKey(event: KeyboardEvent): void {
    if (event.key === '+' || event.key === '=') this.zoom.zoomBy(1.4);
    else if (event.key === '-' || event.key === '_') this.zoom.zoomBy(1 / 1.4);
    else if (event.key === '0') this.fit();
    else return;
    event.preventDefault();
  }
}
