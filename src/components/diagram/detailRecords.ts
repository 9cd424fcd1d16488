/** What the detail panel looks up: records by id, a focus's record, and its findings. */
import { langOf } from '../../lib/i18n/pageLanguage.ts';
import { findingsForEdge, findingsForNode, ladderRank } from '../../lib/model/graph.ts';
import type { Focus } from '../../lib/model/focus.ts';
import type { Finding } from '../../lib/model/schema.ts';
import type { ProseDataset } from '../../lib/model/split.ts';

type Data = ProseDataset;

/** A step's or a compound's name. */
export const nameOf = (data: Data, id: string) =>
  data.nodes.find((n) => n.id === id)?.label ?? data.compounds.find((c) => c.id === id)?.name ?? id;

/** lang="en" for a name still in English on a page in another language. */
export const nameLang = (data: Data, id: string) =>
  data.nodes.some((n) => n.id === id)
    ? langOf('nodes', id, 'label')
    : langOf('compounds', id, 'name');

export const studyOf = (data: Data, f: Finding) => data.studies.find((s) => s.id === f.study)!;

export const strongestFirst = (findings: Finding[]) =>
  [...findings].sort((a, b) => ladderRank(b.level) - ladderRank(a.level));

/** The record a focus names, with the collection it is in. */
export function focusRecord(data: Data, focus: Focus) {
  if (!focus) return {};
  const { kind, id } = focus;
  return {
    node: kind === 'node' ? data.nodes.find((n) => n.id === id) : undefined,
    edge: kind === 'edge' ? data.edges.find((e) => e.id === id) : undefined,
    event: kind === 'event' ? data.events.find((e) => e.id === id) : undefined,
    finding: kind === 'finding' ? data.findings.find((f) => f.id === id) : undefined,
  };
}

/** The findings behind a step or an arrow; none for an event or a finding. */
export function findingsOf(data: Data, focus: Focus): Finding[] {
  if (focus?.kind === 'node') return findingsForNode(data, focus.id);
  const edge = focus?.kind === 'edge' ? data.edges.find((e) => e.id === focus.id) : undefined;
  return edge ? findingsForEdge(data, edge) : [];
}

/** The collection each focus kind's records live in, for langOf. */
export const COLLECTION = {
  node: 'nodes',
  edge: 'edges',
  event: 'events',
  finding: 'findings',
} as const;
