/** Human-readable names for things a user can select. Pure. */
import { shortCitation } from './evidenceRows.ts';
import type { Dataset } from './schema.ts';
import type { Focus } from './focus.ts';

export function focusLabel(data: Omit<Dataset, 'tour'>, focus: NonNullable<Focus>): string {
  switch (focus.kind) {
    case 'node':
      return data.nodes.find((n) => n.id === focus.id)?.label ?? focus.id;
    case 'edge': {
      const edge = data.edges.find((e) => e.id === focus.id);
      if (!edge) return focus.id;
      const name = (id: string) =>
        data.nodes.find((n) => n.id === id)?.short ??
        data.compounds.find((c) => c.id === id)?.name ??
        id;
      return `${name(edge.from)} → ${name(edge.to)}`;
    }
    case 'event': {
      const event = data.events.find((e) => e.id === focus.id);
      const compound = data.compounds.find((c) => c.id === event?.compound)?.name;
      return event ? `${compound}: ${event.label}` : focus.id;
    }
    case 'finding': {
      const finding = data.findings.find((f) => f.id === focus.id);
      const study = data.studies.find((s) => s.id === finding?.study);
      return study ? shortCitation(study) : focus.id;
    }
  }
}
