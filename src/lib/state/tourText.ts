/**
 * The app context for a component that shows the tour's words. Importing this module loads the
 * prose and the tour's words into the shared dataset (model/tourText.ts), so only components
 * that load on demand import it.
 */
import '../model/tourText.ts';
import type { Dataset } from '../model/schema.ts';
import { getProseContext } from './prose.ts';

/** The app context with its data typed as complete: true once model/tourText.ts has run. */
export function getTourContext() {
  const context = getProseContext();
  return { ...context, data: context.data as unknown as Dataset };
}
