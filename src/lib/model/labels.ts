/** Human-readable names for things a user can select. Pure. */
import { byId } from './graphIndex.ts';
import { shortCitation } from './evidenceRows.ts';
import type { Dataset } from './schema.ts';
import type { Focus } from './focus.ts';

export function focusLabel(data: Omit<Dataset, 'tour'>, focus: NonNullable<Focus>): string {
  switch (focus.kind) {
    case 'node':
      return byId(data.nodes).get(focus.id)?.label ?? focus.id;
    case 'edge': {
      const edge = byId(data.edges).get(focus.id);
      if (!edge) return focus.id;
      const name = (id: string) =>
        byId(data.nodes).get(id)?.short ?? byId(data.compounds).get(id)?.name ?? id;
      return `${name(edge.from)} → ${name(edge.to)}`;
    }
    case 'event': {
      const event = byId(data.events).get(focus.id);
      const compound = event && byId(data.compounds).get(event.compound)?.name;
      return event ? `${compound}: ${event.label}` : focus.id;
    }
    case 'finding': {
      const finding = byId(data.findings).get(focus.id);
      const study = finding && byId(data.studies).get(finding.study);
      return study ? shortCitation(study) : focus.id;
    }
  }
}
