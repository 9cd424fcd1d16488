/** What the detail panel looks up: records by id, a focus's record, and its findings. */
import { byId } from '../../lib/model/graphIndex.ts';
import { langOf } from '../../lib/i18n/pageLanguage.ts';
import { findingsForEdge, findingsForNode, ladderRank } from '../../lib/model/graph.ts';
import type { Focus } from '../../lib/model/focus.ts';
import type { Finding } from '../../lib/model/schema.ts';
import type { ProseDataset } from '../../lib/model/split.ts';

type Data = ProseDataset;

/** A step's or a compound's name. */
export const nameOf = (data: Data, id: string) =>
  byId(data.nodes).get(id)?.label ?? byId(data.compounds).get(id)?.name ?? id;

/** lang="en" for a name still in English on a page in another language. */
export const nameLang = (data: Data, id: string) =>
  byId(data.nodes).has(id) ? langOf('nodes', id, 'label') : langOf('compounds', id, 'name');

export const studyOf = (data: Data, f: Finding) => byId(data.studies).get(f.study)!;

export const strongestFirst = (findings: Finding[]) =>
  [...findings].sort((a, b) => ladderRank(b.level) - ladderRank(a.level));

/** The record a focus names, with the collection it is in. */
export function focusRecord(data: Data, focus: Focus) {
  if (!focus) return {};
  const { kind, id } = focus;
  return {
    node: kind === 'node' ? byId(data.nodes).get(id) : undefined,
    edge: kind === 'edge' ? byId(data.edges).get(id) : undefined,
    event: kind === 'event' ? byId(data.events).get(id) : undefined,
    finding: kind === 'finding' ? byId(data.findings).get(id) : undefined,
  };
}

/** The findings behind a step or an arrow; none for an event or a finding. */
export function findingsOf(data: Data, focus: Focus): Finding[] {
  if (focus?.kind === 'node') return findingsForNode(data, focus.id);
  const edge = focus?.kind === 'edge' ? byId(data.edges).get(focus.id) : undefined;
  return edge ? findingsForEdge(data, edge) : [];
}

/** The collection each focus kind's records live in, for langOf. */
export const COLLECTION = {
  node: 'nodes',
  edge: 'edges',
  event: 'events',
  finding: 'findings',
} as const;
