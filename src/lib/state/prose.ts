/**
 * The app context for a component that shows prose. Importing this module loads the prose into
 * the shared dataset (model/prose.ts), so only components loaded after the first view import it.
 */
import '../model/prose.ts';
import type { ProseDataset } from '../model/split.ts';
import { getAppContext } from './context.ts';

/**
 * The app context with its data typed as complete but for the tour's words (state/tourText.ts):
 * true of the one shared dataset once model/prose.ts has run, and of the full data that
 * component tests pass in.
 */
export function getProseContext() {
  const context = getAppContext();
  return { ...context, data: context.data as unknown as ProseDataset };
}
