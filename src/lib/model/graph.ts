/** Queries over the validated dataset: routes, evidence per step, summaries. Pure. */
import { EVIDENCE_LEVELS, type EvidenceLevel } from './schema.ts';
import type { CoreDataset } from './split.ts';

// Each query works on the first view's data and on the full data, and returns records of
// the same kind it was given.

export function mainCompounds<D extends CoreDataset>(data: D): D['compounds'] {
  return data.compounds.filter((c) => !c.comparison);
}

/** Every node and edge reachable from a compound: the path its effects are thought to take. */
export function routeOf(
  data: CoreDataset,
  compoundId: string,
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const frontier = [compoundId];
  while (frontier.length > 0) {
    const at = frontier.pop()!;
    for (const edge of data.edges) {
      if (edge.from !== at || edges.has(edge.id)) continue;
      edges.add(edge.id);
      if (!nodes.has(edge.to)) {
        nodes.add(edge.to);
        frontier.push(edge.to);
      }
    }
  }
  return { nodes, edges };
}

export function findingsForNode<D extends CoreDataset>(data: D, nodeId: string): D['findings'] {
  const edgeIds = new Set(
    data.edges.filter((e) => e.to === nodeId || e.from === nodeId).map((e) => e.id),
  );
  return data.findings.filter(
    (f) => f.supports.nodes.includes(nodeId) || f.supports.edges.some((id) => edgeIds.has(id)),
  );
}

export function findingsForEdge<D extends CoreDataset>(
  data: D,
  edge: { id: string },
): D['findings'] {
  return data.findings.filter((f) => f.supports.edges.includes(edge.id));
}

/** Rank on the evidence ladder; syntheses sit below it because they are not primary data. */
export function ladderRank(level: EvidenceLevel): number {
  return (EVIDENCE_LEVELS as readonly string[]).indexOf(level);
}

/** The strongest primary evidence among findings, or undefined when there is none. */
export function strongestLevel(findings: { level: EvidenceLevel }[]): EvidenceLevel | undefined {
  let best: EvidenceLevel | undefined;
  for (const f of findings) {
    if (ladderRank(f.level) > (best ? ladderRank(best) : -1)) best = f.level;
  }
  return best;
}

export const LEVEL_LABELS: Record<EvidenceLevel, string> = {
  'in-vitro': 'In vitro',
  animal: 'Animal',
  'human-mechanistic': 'Human, mechanistic',
  'human-small-trial': 'Human, small or open trial',
  'human-rct': 'Human, large blinded RCT',
  synthesis: 'Synthesis (not primary)',
};
