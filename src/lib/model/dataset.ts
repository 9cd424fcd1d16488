/**
 * The content as the app sees it. The JSON is validated at build time by the Vite plugin
 * in vite.config.ts (and by `npm run check:data`), so a bad file never reaches this point.
 */
import compounds from '../../../data/compounds.json';
import edges from '../../../data/edges.json';
import events from '../../../data/events.json';
import findings from '../../../data/findings.json';
import nodes from '../../../data/nodes.json';
import studies from '../../../data/studies.json';
import tour from '../../../data/tour.json';
import type { Dataset } from './schema.ts';

export const dataset = { nodes, edges, compounds, events, studies, findings, tour } as Dataset;
