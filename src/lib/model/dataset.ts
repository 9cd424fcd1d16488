/**
 * The content as the app sees it. The JSON is validated at build time by the Vite plugin
 * in vite.config.ts (and by `npm run check:data`), so a bad file never reaches this point.
 */
import comparison from '../../../data/comparison.json';
import compounds from '../../../data/compounds.json';
import concepts from '../../../data/concepts.json';
import edges from '../../../data/edges.json';
import events from '../../../data/events.json';
import findings from '../../../data/findings.json';
import nodes from '../../../data/nodes.json';
import questions from '../../../data/questions.json';
import studies from '../../../data/studies.json';
import tour from '../../../data/tour.json';
import type { Dataset } from './schema.ts';

export const dataset = {
  nodes,
  edges,
  compounds,
  events,
  studies,
  findings,
  tour,
  questions,
  comparison,
  concepts,
} as unknown as Dataset;
