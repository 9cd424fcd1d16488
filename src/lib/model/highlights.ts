/**
 * What each view highlights for a selection. Pure functions of the data and the
 * selection, so every view derives its highlight from the same answer.
 */
import type { Focus } from './focus.ts';
import { byId, graphIndex } from './graphIndex.ts';
import type { CoreDataset } from './split.ts';

export interface Highlights {
  nodes: Set<string>;
  edges: Set<string>;
  events: Set<string>;
  findings: Set<string>;
}

export function highlightsFor(data: CoreDataset, focus: Focus): Highlights | null {
  if (!focus) return null;
  const h: Highlights = {
    nodes: new Set(),
    edges: new Set(),
    events: new Set(),
    findings: new Set(),
  };
  const index = graphIndex(data);
  const addFindings = (findings: { id: string }[] | undefined) =>
    findings?.forEach((f) => h.findings.add(f.id));

  switch (focus.kind) {
    case 'node': {
      h.nodes.add(focus.id);
      index.edgesAt.get(focus.id)?.forEach((e) => h.edges.add(e.id));
      index.eventsAt.get(focus.id)?.forEach((e) => h.events.add(e.id));
      addFindings(index.findingsForNode.get(focus.id));
      break;
    }
    case 'edge': {
      const edge = byId(data.edges).get(focus.id);
      if (edge) h.nodes.add(edge.from).add(edge.to);
      h.edges.add(focus.id);
      addFindings(index.findingsForEdge.get(focus.id));
      break;
    }
    case 'event': {
      h.events.add(focus.id);
      byId(data.events)
        .get(focus.id)
        ?.nodes.forEach((n) => h.nodes.add(n));
      addFindings(index.findingsForEvent.get(focus.id));
      break;
    }
    case 'finding': {
      const f = byId(data.findings).get(focus.id);
      if (!f) break;
      h.findings.add(f.id);
      f.supports.nodes.forEach((n) => h.nodes.add(n));
      f.supports.events.forEach((e) => h.events.add(e));
      for (const edgeId of f.supports.edges) {
        const edge = byId(data.edges).get(edgeId);
        if (!edge) continue;
        h.edges.add(edge.id);
        h.nodes.add(edge.from).add(edge.to);
      }
      break;
    }
  }
  return h;
}
