/**
 * What each view highlights for a selection. Pure functions of the data and the
 * selection, so every view derives its highlight from the same answer.
 */
import type { Focus } from '../state/url.ts';
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
  const addFinding = (id: string) => {
    const f = data.findings.find((x) => x.id === id);
    if (!f) return;
    h.findings.add(f.id);
    f.supports.nodes.forEach((n) => h.nodes.add(n));
    f.supports.events.forEach((e) => h.events.add(e));
    for (const edgeId of f.supports.edges) {
      const edge = data.edges.find((e) => e.id === edgeId);
      if (!edge) continue;
      h.edges.add(edge.id);
      h.nodes.add(edge.from).add(edge.to);
    }
  };

  switch (focus.kind) {
    case 'node': {
      h.nodes.add(focus.id);
      const edges = data.edges.filter((e) => e.from === focus.id || e.to === focus.id);
      edges.forEach((e) => h.edges.add(e.id));
      data.events.filter((e) => e.nodes.includes(focus.id)).forEach((e) => h.events.add(e.id));
      const edgeIds = new Set(edges.map((e) => e.id));
      data.findings
        .filter(
          (f) =>
            f.supports.nodes.includes(focus.id) || f.supports.edges.some((e) => edgeIds.has(e)),
        )
        .forEach((f) => h.findings.add(f.id));
      break;
    }
    case 'edge': {
      const edge = data.edges.find((e) => e.id === focus.id);
      if (edge) h.nodes.add(edge.from).add(edge.to);
      h.edges.add(focus.id);
      data.findings
        .filter((f) => f.supports.edges.includes(focus.id))
        .forEach((f) => h.findings.add(f.id));
      break;
    }
    case 'event': {
      const event = data.events.find((e) => e.id === focus.id);
      h.events.add(focus.id);
      event?.nodes.forEach((n) => h.nodes.add(n));
      data.findings
        .filter((f) => f.supports.events.includes(focus.id))
        .forEach((f) => h.findings.add(f.id));
      break;
    }
    case 'finding':
      addFinding(focus.id);
      break;
  }
  return h;
}

/** Events under way at `t` hours after the dose, for one compound or all (of `only`, if given). */
export function eventsActiveAt(
  data: CoreDataset,
  t: number,
  compound: string | null,
  only?: Set<string>,
) {
  return data.events.filter(
    (e) =>
      (!compound || e.compound === compound) &&
      (!only || only.has(e.id)) &&
      e.startHours <= t &&
      t <= e.endHours,
  );
}

/** Cascade steps active at `t`: the nodes of every event under way then (of `only`, if given). */
export function activeStepsAt(
  data: CoreDataset,
  t: number,
  compound: string | null,
  only?: Set<string>,
): Set<string> {
  return new Set(eventsActiveAt(data, t, compound, only).flatMap((e) => e.nodes));
}
