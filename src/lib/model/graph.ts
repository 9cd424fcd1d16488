/** Queries over the validated dataset: routes, evidence per step, summaries. Pure. */
import { EVIDENCE_LEVELS, type EvidenceLevel } from './schema.ts';
import { graphIndex } from './graphIndex.ts';
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
  const { edgesFrom } = graphIndex(data);
  while (frontier.length > 0) {
    const at = frontier.pop()!;
    for (const edge of edgesFrom.get(at) ?? []) {
      if (edges.has(edge.id)) continue;
      edges.add(edge.id);
      if (!nodes.has(edge.to)) {
        nodes.add(edge.to);
        frontier.push(edge.to);
      }
    }
  }
  return { nodes, edges };
}

/** Findings that support a node or one of the edges at it, in data order. */
export function findingsForNode<D extends CoreDataset>(data: D, nodeId: string): D['findings'] {
  return [...(graphIndex(data).findingsForNode.get(nodeId) ?? [])] as D['findings'];
}

export function findingsForEdge<D extends CoreDataset>(
  data: D,
  edge: { id: string },
): D['findings'] {
  return [...(graphIndex(data).findingsForEdge.get(edge.id) ?? [])] as D['findings'];
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
