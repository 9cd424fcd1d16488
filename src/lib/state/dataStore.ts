/**
 * The explorer's data, which arrives in stages (model/split.ts). The first view draws from
 * `core`: ids, labels, links and levels. The prose (explanations, results, citations, the
 * learning layer) follows the first paint; the tour's words follow a reader's reaching for the
 * tour. `loadProse()` and `loadTour()` fetch each once and fill the same records in place (so
 * the indexes built over the core stay right), in the page's language already: each language is
 * a build of its own (vite.config.ts). Parts that show them read `prose` and `tour` (through
 * getProseContext and getTourContext), which throw if a part is drawn before its data arrived.
 */
import type { Dataset } from '../model/schema.ts';
import type { CoreDataset, ProseDataset } from '../model/split.ts';

export class DataStore {
  readonly core: CoreDataset;
  #prose: ProseDataset | undefined;
  #tour: Dataset | undefined;
  #loadingProse: Promise<ProseDataset> | undefined;
  #loadingTour: Promise<Dataset> | undefined;

  /** `complete`: all of the data at once, as component tests have it (no chunks to fetch). */
  constructor(core: CoreDataset, complete?: Dataset) {
    this.core = core;
    this.#prose = this.#tour = complete;
  }

  /** The data with its prose, in the page's language. */
  get prose(): ProseDataset {
    if (!this.#prose) throw new Error('The prose was read before it arrived (DataStore.loadProse)');
    return this.#prose;
  }

  /** All of the data, the tour's words included, in the page's language. */
  get tour(): Dataset {
    if (!this.#tour) throw new Error('The tour was read before it arrived (DataStore.loadTour)');
    return this.#tour;
  }

  loadProse = (): Promise<ProseDataset> =>
    (this.#loadingProse ??= this.#prose
      ? Promise.resolve(this.#prose)
      : import('../model/prose.ts').then(({ withProse }) => (this.#prose = withProse(this.core))));

  loadTour = (): Promise<Dataset> =>
    (this.#loadingTour ??= this.#tour
      ? Promise.resolve(this.#tour)
      : Promise.all([this.loadProse(), import('../model/tourText.ts')]).then(
          ([prose, { withTourText }]) => (this.#tour = withTourText(prose)),
        ));

  /** Loads a part that shows prose, beside the prose; resolves when both are in. */
  withProse = <T>(load: () => Promise<T>): Promise<T> =>
    Promise.all([this.loadProse(), load()]).then(([, part]) => part);

  /** Loads a part that shows the tour's words, beside them; resolves when both are in. */
  withTour = <T>(load: () => Promise<T>): Promise<T> =>
    Promise.all([this.loadTour(), load()]).then(([, part]) => part);
}
