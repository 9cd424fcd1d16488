/**
 * The app context for a component that shows prose. Such a component is loaded with
 * `DataStore.withProse` (state/dataStore.ts), so the prose is in when it is drawn.
 */
import { getAppContext } from './context.ts';

/** The app context with the data's prose: all of it but the tour's words (getTourContext). */
export function getProseContext() {
  const context = getAppContext();
  return { ...context, data: context.store.prose };
}
