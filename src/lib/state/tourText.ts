/**
 * The app context for a component that shows the tour's words. Such a component is loaded with
 * `DataStore.withTour` (state/dataStore.ts), so the words are in when it is drawn.
 */
import { getAppContext } from './context.ts';

/** The app context with all of the data, the tour's words included. */
export function getTourContext() {
  const context = getAppContext();
  return { ...context, data: context.store.tour };
}
