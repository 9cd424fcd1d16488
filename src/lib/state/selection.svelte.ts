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
import type { Focus } from '../model/focus.ts';
import { DEFAULT_STATE, type Theme, type UrlState, type View } from './url.ts';

/** Steps under way `t` hours after one dose (stepActivity.ts, loaded once a time is chosen). */
export type ActiveStepsAt = (t: number, compound: string | null, only?: Set<string>) => Set<string>;

export class Selection {
  compound = $state<string | null>(DEFAULT_STATE.compound);
  focus = $state<Focus>(DEFAULT_STATE.focus);
  /** Hover preview: shown like a focus, never written to the URL. */
  preview = $state<Focus>(null);
  t = $state<number | null>(DEFAULT_STATE.t);
  views = $state<View[]>([...DEFAULT_STATE.views]);
  /** 'human': the species lens, every view showing human evidence only. */
  evidence = $state<EvidenceLens>(DEFAULT_STATE.evidence);
  theme = $state<Theme | null>(DEFAULT_STATE.theme);
  embed = $state(DEFAULT_STATE.embed);
  step = $state<number | null>(DEFAULT_STATE.step);
  /** Set in the speaker view, the presenter's second window. */
  present = $state<'notes' | null>(DEFAULT_STATE.present);
  /** YYYY-MM-DD: what changed on or after this day is marked in every view. */
  since = $state<string | null>(DEFAULT_STATE.since);
  /** The link's language, kept in every link the app writes; the page's own is language.ts's. */
  lang = $state<Language | null>(DEFAULT_STATE.lang);
  /**
   * True once the reader has changed the selection (a press, a key, Back): what the page
   * opened with, from its link, is shown but not read out to screen readers.
   */
  changedByReader = $state(false);

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
      this.preview ? highlightsFor(data, this.preview) : this.focusHighlights,
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

  select(focus: Focus): void {
    this.changedByReader = true;
    this.focus = focus;
  }

  clear(): void {
    this.changedByReader = true;
    this.focus = null;
    this.preview = null;
  }

  /** Enter the presenter tour at step n (1-based), or leave it with null; a step sets its selection. */
  goToStep(n: number | null): void {
    this.changedByReader = true;
    this.#enterStep(n);
  }

  #enterStep(n: number | null): void {
    const step = n === null ? undefined : this.#data.tour[n - 1];
    this.step = step ? n : null;
    if (!step) return;
    const { compound, focus, t } = selectionForStep(step);
    this.compound = compound;
    this.focus = focus;
    this.t = t;
  }

  /** Follow a "show me" link: set the compound, focus and time it names, leaving the tour. */
  show(link: { compound?: string; focus?: string; t?: number }): void {
    const { compound, focus, t } = selectionForStep({ id: 'link', ...link });
    this.changedByReader = true;
    this.step = null;
    this.compound = compound;
    this.focus = focus;
    this.t = t;
  }

  snapshot(): UrlState {
    return {
      compound: this.compound,
      focus: this.focus,
      t: this.t,
      views: [...this.views],
      evidence: this.evidence,
      theme: this.theme,
      embed: this.embed,
      step: this.step,
      present: this.present,
      since: this.since,
      lang: this.lang,
    };
  }

  /** Take the state an address describes (the page's own link at load, or Back and Forward). */
  apply(state: UrlState): void {
    this.compound = state.compound;
    this.focus = state.focus;
    this.t = state.t;
    this.views = [...state.views];
    this.evidence = state.evidence;
    this.theme = state.theme;
    this.embed = state.embed;
    this.present = state.present;
    this.since = state.since;
    this.lang = state.lang;
    this.#enterStep(state.step);
  }
}
