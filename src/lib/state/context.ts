import { getContext, setContext } from 'svelte';
import type { CoreDataset } from '../model/split.ts';
import type { Selection } from './selection.svelte.ts';

const KEY = Symbol('plasticity-window');

export interface AppContext {
  /** Without prose: a component that shows prose uses `getProseContext()` (prose.ts). */
  data: CoreDataset;
  selection: Selection;
  /** Says `text` politely to screen readers, through a live region the page has from the start. */
  announce: (text: string) => void;
}

export function setAppContext(context: AppContext): AppContext {
  return setContext(KEY, context);
}

export function getAppContext(): AppContext {
  const context = getContext<AppContext | undefined>(KEY);
  if (!context)
    throw new Error(
      'getAppContext(): mount the component inside <App> or a test wrapper that calls setAppContext',
    );
  return context;
}
