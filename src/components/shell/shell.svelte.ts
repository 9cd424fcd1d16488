/**
 * The page around the views: the one selection and the app context, the address bar, the
 * presenter's stage and its keys, full screen, and the loading of the parts that follow the
 * first view. App.svelte and the view sections (this folder) render from it.
 */
import { createContext, onDestroy } from 'svelte';
import { detailsBeside } from '../../lib/layout/diagramType.ts';
import type { CoreDataset } from '../../lib/model/split.ts';
import { setAppContext } from '../../lib/state/context.ts';
import { DataStore } from '../../lib/state/dataStore.ts';
import { ExplorerSelection } from '../../lib/state/selection.svelte.ts';
import { syncSelectionWithUrl } from '../../lib/state/urlSync.svelte.ts';
import { firstPaint } from '../../lib/state/firstPaint.ts';
import { tourActionForKey } from '../../lib/state/tour.ts';
import type { View } from '../../lib/state/url.ts';

type Stage = 'diagram' | 'timeline' | 'both';

export class Shell {
  readonly data: CoreDataset;
  readonly store: DataStore;
  readonly selection: ExplorerSelection;
  /** What the live region says; it exists before anything is said, so the first is heard. */
  announcement = $state('');
  /** The address's ignored parameters, until dismissed. */
  notices = $state<string[]>([]);
  /** The tour filling the frame, where the frame forbids full screen. */
  overlay = $state(false);
  page = $state<HTMLDivElement>();
  /** During the tour the page becomes a stage: chrome hidden, the step's views fill the screen. */
  readonly stage: Stage | null;
  /** The details are a sheet along the bottom of a narrow screen, open over a selection. */
  readonly sheetOpen: boolean;
  /** The offline copy is opened from disk; it has no sibling file to download. */
  readonly offline = typeof location !== 'undefined' && location.protocol === 'file:';
  /** Every part being loaded, so an embedded frame posts its height once they are in place. */
  readonly loading: Promise<unknown>[] = [];
  #painted = () => (this.selection.embed ? Promise.resolve() : firstPaint());

  /** Call while <App> initialises: it sets the app context and reads the address. */
  constructor(data: CoreDataset) {
    this.data = data;
    const store = (this.store = new DataStore(data));
    const selection = (this.selection = new ExplorerSelection(data));
    setAppContext({ data, store, selection, announce: (text) => (this.announcement = text) });
    // Read before the first render, so only the views the link asks for are drawn or downloaded.
    onDestroy(syncSelectionWithUrl(selection, data, (found) => (this.notices = found)));
    this.stage = $derived(
      selection.step ? (data.tour[selection.step - 1]?.stage ?? 'diagram') : null,
    );
    this.sheetOpen = $derived(!selection.embed && !!selection.focus && this.stage === null);
    // The handout's print rules: no one prints before the page has drawn.
    void this.afterPaint(() => import('../../print.css'));
    this.#linkTourWindows();
    this.#followTheDocument();
    this.#keepSelectionAboveSheet();
    this.#postEmbedHeight();
  }

  shows = (view: View) => this.selection.shows(view);
  /** A view is drawn on the stage the step names, or, outside the tour, when the link shows it. */
  onStage = (view: 'diagram' | 'timeline') =>
    this.stage === 'both' || this.stage === view || (this.stage === null && this.shows(view));

  /**
   * Loads a part, and the prose, once the first screen has painted, so they never compete with
   * it (firstPaint.ts). An embedded frame loads them at once: it posts its height when they
   * are in, and the sooner the better.
   */
  afterPaint = <T>(load: () => Promise<T>): Promise<T> => {
    const loaded = this.#painted().then(() => this.store.withProse(load));
    this.loading.push(loaded);
    return loaded;
  };

  /**
   * Fetched when the tour starts, or as the reader reaches for "Present the tour" (Header):
   * not on every visit. Its place is held meanwhile, and the clicker's keys work without it.
   */
  loadPresenterBar = () => this.store.withTour(() => import('../chrome/PresenterBar.svelte'));

  toggleFullscreen = async () => {
    if (document.fullscreenElement) return void document.exitFullscreen().catch(() => {});
    if (this.overlay) return void (this.overlay = false);
    try {
      if (!document.fullscreenEnabled) throw new Error('not allowed');
      await document.documentElement.requestFullscreen();
    } catch {
      // Inside an iframe without allow="fullscreen": fill the frame instead.
      this.overlay = true;
    }
  };

  leaveTour = () => {
    this.selection.goToStep(null);
    this.overlay = false;
  };

  /**
   * The clicker's keys are handled here, in the first view's code, so they work from the
   * first frame, before the presenter bar's code has arrived.
   */
  onkeydown = (event: KeyboardEvent) => {
    const { selection } = this;
    if (selection.step && !event.defaultPrevented) {
      const target = event.target as HTMLElement | null;
      const action = tourActionForKey(
        event.key,
        {
          editable: !!target?.closest('input, select, textarea'),
          button: !!target?.closest('button, a, [role="button"]'),
        },
        selection.step,
        this.data.tour.length,
      );
      if (action === 'leave') return this.leaveTour();
      if (action === 'fullscreen') {
        event.preventDefault();
        return void this.toggleFullscreen();
      }
      if (action) {
        event.preventDefault();
        return selection.goToStep(action.go);
      }
    }
    if (event.key === 'Escape') selection.clear();
  };

  /**
   * A presenter's windows stay on one step; an embedded frame keeps to itself. Only a window
   * that presents (on a tour step, or the speaker view) follows another, so the channel's code
   * loads when this one first presents, not with every visit; once linked, it stays linked, so
   * leaving the tour is told too. A second window asks for the step once it is linked.
   */
  #linkTourWindows() {
    if (this.selection.embed) return;
    const presenting = $derived(this.selection.step !== null || this.selection.present === 'notes');
    let unlink: (() => void) | undefined;
    let linking = false;
    let unmounted = false;
    $effect(() => {
      if (!presenting || linking) return;
      linking = true;
      void this.#painted()
        .then(() => import('../../lib/state/tourChannel.svelte.ts'))
        .then(({ linkTourWindows }) => {
          if (!unmounted) unlink = linkTourWindows(this.selection, this.data.tour.length);
        });
    });
    onDestroy(() => {
      unmounted = true;
      unlink?.();
    });
  }

  #followTheDocument() {
    // The theme lives on <html> so the page background and every view follow it.
    $effect(() => {
      document.documentElement.dataset.theme = this.selection.theme ?? 'auto';
    });
    // Marked on <html> too, for the embed's scrollbar rule (app.css) without needing :has().
    $effect(() => {
      document.documentElement.toggleAttribute('data-embed', this.selection.embed);
    });
    // Leaving the tour by any route (Back, a link) also leaves the full-window fallback.
    $effect(() => {
      if (!this.selection.step) this.overlay = false;
    });
  }

  /** Where the details are a sheet along the bottom, keep the selected step or bar above it. */
  #keepSelectionAboveSheet() {
    $effect(() => {
      const id = this.selection.focus?.id;
      if (!this.sheetOpen || !id || detailsBeside(this.selection.theme, innerWidth)) return;
      requestAnimationFrame(() => {
        const target = document.querySelector(
          `.diagram-frame [data-id="${CSS.escape(id)}"], [data-event="${CSS.escape(id)}"]`,
        );
        if (!target) return;
        const box = target.getBoundingClientRect();
        // The sheet grows as its text arrives, up to 42% of the screen (diagram-layout.css).
        const limit = innerHeight * 0.58 - 12;
        if (box.bottom > limit && box.top > 0)
          window.scrollBy({ top: Math.min(box.bottom - limit, box.top - 8) });
      });
    });
  }

  /**
   * The tour fills the frame whatever its height, so it posts none (see embedHeight.ts). Its
   * code is fetched by embedded frames only, so it is not part of everyone's first view.
   */
  #postEmbedHeight() {
    $effect(() => {
      if (!this.selection.embed || !this.page || this.selection.step) return;
      const target = this.page;
      let stop: (() => void) | undefined;
      let stopped = false;
      void import('../../lib/state/embedHeight.ts').then(({ postHeightToParent }) => {
        if (!stopped) stop = postHeightToParent(target, Promise.allSettled(this.loading));
      });
      return () => {
        stopped = true;
        stop?.();
      };
    });
  }
}

/** The shell, for the view sections App renders. */
export const [getShell, setShell] = createContext<Shell>();
