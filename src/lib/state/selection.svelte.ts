/**
 * The one selection every view reads: { compound, focus, t, views, evidence, theme, embed, step,
 * since }.
 * Highlights are derived from it by pure model functions, never stored twice.
 */
import { changedSince, type ChangedRecords } from '../model/since.ts';
import { routeOf } from '../model/graph.ts';
import { lensFor, type EvidenceLens, type HumanLens } from '../model/lens.ts';
import { highlightsFor, type Highlights } from '../model/highlights.ts';
import type { Dataset } from '../model/schema.ts';
import type { CoreDataset } from '../model/split.ts';
import type { Language } from '../i18n/language.ts';
import { selectionForStep } from './tour.ts';
import type { Focus, FocusKind } from '../model/focus.ts';
import { DEFAULT_STATE, type Theme, type UrlState, type View } from './url.ts';

/** Steps under way `t` hours after one dose (stepActivity.ts, loaded once a time is chosen). */
export type ActiveStepsAt = (t: number, compound: string | null, only?: Set<string>) => Set<string>;

/**
 * Named apart from the DOM's `Selection` (the text selection), which it would otherwise shadow.
 * Its fields are read-only from outside: components change it through the methods below, so
 * every way of changing the selection is written (and tested) here, once.
 */
export class ExplorerSelection {
  #compound = $state<string | null>(DEFAULT_STATE.compound);
  #focus = $state<Focus>(DEFAULT_STATE.focus);
  #preview = $state<Focus>(null);
  #t = $state<number | null>(DEFAULT_STATE.t);
  #views = $state.raw<readonly View[]>([...DEFAULT_STATE.views]);
  #evidence = $state<EvidenceLens>(DEFAULT_STATE.evidence);
  #theme = $state<Theme | null>(DEFAULT_STATE.theme);
  #embed = $state(DEFAULT_STATE.embed);
  #step = $state<number | null>(DEFAULT_STATE.step);
  #present = $state<'notes' | null>(DEFAULT_STATE.present);
  #since = $state<string | null>(DEFAULT_STATE.since);
  #lang = $state<Language | null>(DEFAULT_STATE.lang);
  #changedByReader = $state(false);

  /** The chosen compound's id, or null for all of them. */
  get compound() {
    return this.#compound;
  }
  /** The selected node, edge, event or finding. */
  get focus() {
    return this.#focus;
  }
  /** Hover preview: shown like a focus, never written to the URL. */
  get previewed() {
    return this.#preview;
  }
  /** The time cursor, in hours after the dose; null when no time is chosen. */
  get t() {
    return this.#t;
  }
  get views(): readonly View[] {
    return this.#views;
  }
  /** 'human': the species lens, every view showing human evidence only. */
  get evidence() {
    return this.#evidence;
  }
  get theme() {
    return this.#theme;
  }
  get embed() {
    return this.#embed;
  }
  /** The presenter tour's step (1-based), or null outside the tour. */
  get step() {
    return this.#step;
  }
  /** Set in the speaker view, the presenter's second window. */
  get present() {
    return this.#present;
  }
  /** YYYY-MM-DD: what changed on or after this day is marked in every view. */
  get since() {
    return this.#since;
  }
  /** The link's language, kept in every link the app writes; the page's own is language.ts's. */
  get lang() {
    return this.#lang;
  }
  /**
   * True once the reader has changed the selection (a press, a key, Back): what the page
   * opened with, from its link, is shown but not read out to screen readers.
   */
  get changedByReader() {
    return this.#changedByReader;
  }

  /** Nodes and edges on the chosen compound's route; null when no compound is chosen. */
  readonly route: ReturnType<typeof routeOf> | null;
  /** What the focus (or, while hovering, the preview) lights up in every view. */
  readonly highlights: Highlights | null;
  /** What the focus alone lights up: the evidence table follows this, not the hover preview. */
  readonly focusHighlights: Highlights | null;
  /** What the species lens keeps and redraws; null when all evidence is shown. */
  readonly lens: HumanLens | null;
  /**
   * Cascade steps a finding measured under way at time t (human findings only under the lens);
   * null without a time, or until the findings' times have loaded (useActiveSteps).
   */
  readonly activeSteps: Set<string> | null;
  /** What changed since `since`; null without a date, or until the changelog has loaded. */
  readonly changed: ChangedRecords | null;

  readonly #data: CoreDataset;
  /** The content's history, which arrives with the prose after the first view (split.ts). */
  #history = $state.raw<Pick<Dataset, 'changelog' | 'findings' | 'disputes'> | null>(null);
  #activeStepsAt = $state.raw<ActiveStepsAt | null>(null);

  constructor(data: CoreDataset) {
    this.#data = data;
    this.route = $derived(this.compound ? routeOf(data, this.compound) : null);
    this.focusHighlights = $derived(highlightsFor(data, this.focus));
    this.highlights = $derived(
      this.#preview ? highlightsFor(data, this.#preview) : this.focusHighlights,
    );
    this.lens = $derived(lensFor(data, this.evidence));
    this.activeSteps = $derived(
      this.t === null || !this.#activeStepsAt
        ? null
        : this.#activeStepsAt(this.t, this.compound, this.lens?.findings),
    );
    this.changed = $derived(
      this.since && this.#history ? changedSince(this.#history, this.since) : null,
    );
  }

  /** Hands over the changelog once the prose that carries it has loaded. */
  useHistory(data: Pick<Dataset, 'changelog' | 'findings' | 'disputes'>): void {
    this.#history = data;
  }

  /** Hands over the reading of the findings' measured times once it has loaded. */
  useActiveSteps(activeStepsAt: ActiveStepsAt): void {
    this.#activeStepsAt = activeStepsAt;
  }

  /** True when the selection is on the record `id` of this kind. */
  isFocused(kind: FocusKind, id: string): boolean {
    return this.#focus?.kind === kind && this.#focus.id === id;
  }

  /** True when the view is shown (the `view=` parameter). */
  shows(view: View): boolean {
    return this.#views.includes(view);
  }

  select(focus: Focus): void {
    this.#changedByReader = true;
    this.#focus = focus;
  }

  /** Select `focus`, or clear the selection when it is already selected (a second press). */
  toggle(focus: NonNullable<Focus>): void {
    this.select(this.isFocused(focus.kind, focus.id) ? null : focus);
  }

  clear(): void {
    this.#changedByReader = true;
    this.#focus = null;
    this.#preview = null;
  }

  /** Show `focus` while the pointer rests on it; null when it leaves. */
  preview(focus: Focus): void {
    this.#preview = focus;
  }

  /** Choose a compound's route, or all compounds with null. */
  chooseCompound(id: string | null): void {
    this.#compound = id;
  }

  /** Choose the compound, or go back to all compounds when it is already chosen. */
  toggleCompound(id: string): void {
    this.#compound = this.#compound === id ? null : id;
  }

  /** Move the time cursor (hours after the dose), or clear it with null. */
  setTime(t: number | null): void {
    this.#t = t;
  }

  setEvidence(lens: EvidenceLens): void {
    this.#evidence = lens;
  }

  setTheme(theme: Theme | null): void {
    this.#theme = theme;
  }

  /** Stop marking what changed since a day. */
  clearSince(): void {
    this.#since = null;
  }

  /** Enter the presenter tour at step n (1-based), or leave it with null; a step sets its selection. */
  goToStep(n: number | null): void {
    this.#changedByReader = true;
    this.#enterStep(n);
  }

  #enterStep(n: number | null): void {
    const step = n === null ? undefined : this.#data.tour[n - 1];
    this.#step = step ? n : null;
    if (!step) return;
    const { compound, focus, t } = selectionForStep(step);
    this.#compound = compound;
    this.#focus = focus;
    this.#t = t;
  }

  /** Follow a "show me" link: set the compound, focus and time it names, leaving the tour. */
  show(link: { compound?: string; focus?: string; t?: number }): void {
    const { compound, focus, t } = selectionForStep({ id: 'link', ...link });
    this.#changedByReader = true;
    this.#step = null;
    this.#compound = compound;
    this.#focus = focus;
    this.#t = t;
  }

  snapshot(): UrlState {
    return {
      compound: this.#compound,
      focus: this.#focus,
      t: this.#t,
      views: [...this.#views],
      evidence: this.#evidence,
      theme: this.#theme,
      embed: this.#embed,
      step: this.#step,
      present: this.#present,
      since: this.#since,
      lang: this.#lang,
    };
  }

  /**
   * Take the state an address describes: the page's own link at load, or, `byReader`, the one
   * Back and Forward return to.
   */
  apply(state: UrlState, { byReader = false } = {}): void {
    if (byReader) this.#changedByReader = true;
    this.#compound = state.compound;
    this.#focus = state.focus;
    this.#t = state.t;
    this.#views = [...state.views];
    this.#evidence = state.evidence;
    this.#theme = state.theme;
    this.#embed = state.embed;
    this.#present = state.present;
    this.#since = state.since;
    this.#lang = state.lang;
    this.#enterStep(state.step);
  }
}
