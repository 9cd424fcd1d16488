/**
 * What the diagram looks up by id, built once from the data: the records behind the boxes
 * and arrows, their findings, and the texts the drawing sizes its boxes and badges for.
 */
import type { BadgeText, NodeExtras } from '../../lib/layout/cascade.ts';
import { evidenceSources, relationName } from '../../lib/model/edgeEvidence.ts';
import { findingsForEdge, findingsForNode } from '../../lib/model/graph.ts';
import type { Core, CoreDataset } from '../../lib/model/split.ts';
import { evidenceSummary } from '../../lib/model/summary.ts';
import { m } from '../../paraglide/messages.js';

export interface DiagramIndex {
  edges: Map<string, Core<'edges'>>;
  steps: Map<string, Core<'nodes'>>;
  nodeFindings: Map<string, Core<'findings'>[]>;
  edgeFindings: Map<string, Core<'findings'>[]>;
  extras: Map<string, NodeExtras>;
  badges: Map<string, BadgeText>;
  /** A step's or a compound's name. */
  name: (id: string) => string;
}

export function diagramIndex(data: CoreDataset): DiagramIndex {
  const nodeFindings = new Map(data.nodes.map((n) => [n.id, findingsForNode(data, n.id)]));
  const edgeFindings = new Map(data.edges.map((e) => [e.id, findingsForEdge(data, e)]));
  const names = new Map<string, string>([
    ...data.compounds.map((c) => [c.id, c.name] as const),
    ...data.nodes.map((n) => [n.id, n.label] as const),
  ]);
  return {
    edges: new Map(data.edges.map((e) => [e.id, e])),
    steps: new Map(data.nodes.map((n) => [n.id, n])),
    nodeFindings,
    edgeFindings,
    extras: new Map(
      data.nodes.map((n) => [
        n.id,
        { keyNumber: n.keyNumber?.text, evidence: evidenceSummary(nodeFindings.get(n.id) ?? []) },
      ]),
    ),
    badges: new Map(
      data.edges.map((e) => {
        const findings = edgeFindings.get(e.id) ?? [];
        return [
          e.id,
          {
            text: `${findings.length} ${evidenceSources(findings).letter}`,
            relation: `${relationName(e.relation)}${e.status === 'contested' ? m.badge_contested() : ''}`,
          },
        ];
      }),
    ),
    name: (id) => names.get(id) ?? id,
  };
}
