/**
 * The timeline's state: what it draws (layout, emphasis, the cursor's place) derived from
 * the selection, and the pointer's press-or-drag on the figure. Timeline.svelte and its
 * drawing components only read it.
 */
import { m } from '../../paraglide/messages.js';
import { mainCompounds } from '../../lib/model/graph.ts';
import { phasesNotInHumans } from '../../lib/model/lens.ts';
import { fadedNote } from '../../lib/model/fadedNote.ts';
import { timelineLayout } from '../../lib/layout/timelineLayout.ts';
import { sourceLine, themeColours } from '../../lib/export/figureColours.ts';
import type { AppContext } from '../../lib/state/context.ts';

/** Moves shorter than this (px) are a press, not a drag. */
const DRAG_THRESHOLD = 4;

export class TimelineState {
  /** The frame's width, bound by the component. */
  width = $state(0);
  /** The root font size, which the projector theme sets (and grows with the window). */
  fontSize = $state(16);
  viewport = $state({ width: 0, height: 0 });
  figure = $state<HTMLDivElement>();
  chart = $state<SVGSVGElement>();

  readonly compounds;
  readonly events;
  readonly layout;
  /** The events the selection (or the hover preview) lights up; null when nothing does. */
  readonly emphasis;
  /** The selected event's id, if an event is selected. */
  readonly focused;
  /** What the selection (or the hover preview) fades, said in the key. */
  readonly fadedWords;
  /** Under the species lens: how many phases are hidden, and which compounds have none left. */
  readonly hidden;
  /** The time cursor's x in the figure, or null without a time. */
  readonly cursorLeft;

  #selection: AppContext['selection'];
  #drag: { x: number; moved: boolean; bar: string | null } | null = null;

  constructor({ data, selection }: Pick<AppContext, 'data' | 'selection'>) {
    this.#selection = selection;
    this.compounds = $derived(
      selection.compound
        ? mainCompounds(data).filter((c) => c.id === selection.compound)
        : mainCompounds(data),
    );
    // On the presenter's stage, a step may show only the phases it is about (data/tour.json).
    const stagePhases: readonly string[] = $derived(
      selection.step ? (data.tour[selection.step - 1]?.phases ?? []) : [],
    );
    // Human evidence only: the phases measured in humans (see model/lens.ts).
    this.events = $derived(
      data.events.filter(
        (e) =>
          (!selection.lens || selection.lens.events.has(e.id)) &&
          (stagePhases.length === 0 || stagePhases.includes(e.kind)),
      ),
    );
    // The back row of a hall reads about 28 px at 1080 lines: on the stage the labels are
    // drawn at least that, in proportion to the screen (the layout's labels are 0.75 of its base).
    const baseSize = $derived(
      selection.step
        ? Math.max(
            this.fontSize,
            (28 / 0.75) * Math.min(this.viewport.height / 1080, this.viewport.width / 1920),
          )
        : this.fontSize,
    );
    this.hidden = $derived(
      selection.lens ? phasesNotInHumans(data.events, selection.lens, this.compounds) : null,
    );
    // Only the width, the compound, the phases shown and the type size move anything; a
    // selection or a scrub changes a class or the cursor's offset.
    this.layout = $derived(
      this.width > 0
        ? timelineLayout(
            this.events,
            this.compounds,
            this.width,
            baseSize,
            selection.changed?.events,
          )
        : null,
    );
    this.emphasis = $derived(selection.highlights?.events ?? null);
    this.focused = $derived(selection.focus?.kind === 'event' ? selection.focus.id : null);
    this.fadedWords = $derived(
      this.layout
        ? fadedNote(
            data,
            selection.previewed ?? selection.focus,
            this.layout.bars.map((b) => b.id),
            this.emphasis,
          )
        : null,
    );
    this.cursorLeft = $derived(
      selection.t !== null && this.layout ? this.layout.x.apply(selection.t) : null,
    );
  }

  /** Reads the root font size after this update, once App has put the theme on <html>. */
  readFontSize(): void {
    queueMicrotask(
      () => (this.fontSize = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16),
    );
  }

  /** The figure for "Save SVG/PNG", or null before it is drawn. */
  exportFigure() {
    const { chart, layout } = this;
    if (!chart || !layout) return null;
    return {
      svg: chart,
      options: {
        title: this.#selection.lens ? m.timeline_figure_human() : m.timeline_figure_all(),
        source: sourceLine(),
        width: layout.width,
        height: layout.height,
        ...themeColours(),
      },
    };
  }

  #hoursAt(event: PointerEvent): number | null {
    if (!this.layout || !this.figure) return null;
    const hours = this.layout.x.invert(event.clientX - this.figure.getBoundingClientRect().left);
    return Number.isFinite(hours) ? hours : null;
  }

  // Pointer: a press on a bar selects its event; a drag anywhere scrubs the time. The bar is
  // noted on the way down: pointer capture sends the pointerup to the figure, not the bar.
  pointerDown = (event: PointerEvent) => {
    const bar = (event.target as Element).closest?.('[data-event]');
    this.#drag = { x: event.clientX, moved: false, bar: bar?.getAttribute('data-event') ?? null };
    this.figure?.setPointerCapture?.(event.pointerId);
  };

  pointerMove = (event: PointerEvent) => {
    const drag = this.#drag;
    if (!drag) return;
    if (Math.abs(event.clientX - drag.x) > DRAG_THRESHOLD) drag.moved = true;
    if (!drag.moved) return;
    const hours = this.#hoursAt(event);
    if (hours !== null) this.#selection.setTime(hours);
  };

  pointerUp = (event: PointerEvent) => {
    const drag = this.#drag;
    if (!drag) return;
    this.#drag = null;
    if (drag.moved) return;
    if (drag.bar) return this.#selection.toggle({ kind: 'event', id: drag.bar });
    const hours = this.#hoursAt(event);
    if (hours !== null) this.#selection.setTime(hours);
  };

  pointerCancel = () => {
    this.#drag = null;
  };
}
