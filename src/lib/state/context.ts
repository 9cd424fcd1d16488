import { createContext } from 'svelte';
import type { CoreDataset } from '../model/split.ts';
import type { DataStore } from './dataStore.ts';
import type { ExplorerSelection } from './selection.svelte.ts';

export interface AppContext {
  /** Without prose: a component that shows prose uses `getProseContext()` (prose.ts). */
  data: CoreDataset;
  /** The data as it arrives: the core at once, the prose and the tour's words when loaded. */
  store: DataStore;
  selection: ExplorerSelection;
  /** Says `text` politely to screen readers, through a live region the page has from the start. */
  announce: (text: string) => void;
}

/**
 * The app's context, set once by <App> (or by a test's wrapper, tests/component/WithContext).
 * Svelte's typed pair: reading it outside such a tree throws `missing_context`.
 */
export const [getAppContext, setAppContext] = createContext<AppContext>();
