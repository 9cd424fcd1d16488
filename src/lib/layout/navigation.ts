/**
 * Arrow-key movement through the cascade: downstream and upstream along edges, and across
 * to the neighbouring step in the same column. Pure, over the placed layout.
 */
import { byId } from '../model/graphIndex.ts';
import type { CascadeLayout } from './cascade.ts';

export type Move = 'downstream' | 'upstream' | 'next' | 'previous';

/** Which move each arrow key makes: along the cascade's direction, or across it. */
export function moveForKey(key: string, orientation: CascadeLayout['orientation']): Move | null {
  const horizontal = orientation === 'horizontal';
  switch (key) {
    case 'ArrowRight':
      return horizontal ? 'downstream' : 'next';
    case 'ArrowLeft':
      return horizontal ? 'upstream' : 'previous';
    case 'ArrowDown':
      return horizontal ? 'next' : 'downstream';
    case 'ArrowUp':
      return horizontal ? 'previous' : 'upstream';
    default:
      return null;
  }
}

/**
 * The node to move to, or null at an end. Among several edges, prefer those on the chosen
 * route, then the one whose other end is nearest across (so the eye follows a line).
 */
export function neighbour(
  layout: CascadeLayout,
  from: string,
  move: Move,
  preferred?: Set<string>,
): string | null {
  const node = byId(layout.nodes).get(from);
  if (!node) return null;
  if (move === 'next' || move === 'previous') {
    const column = layout.nodes
      .filter((n) => n.column === node.column)
      .sort((a, b) => a.row - b.row);
    const index = column.indexOf(node) + (move === 'next' ? 1 : -1);
    return column[index]?.id ?? null;
  }
  const candidates = layout.edges
    .filter((e) => (move === 'downstream' ? e.from === from : e.to === from))
    .map((e) => ({ edge: e, other: move === 'downstream' ? e.to : e.from }))
    .map(({ edge, other }) => ({
      id: other,
      onRoute: preferred ? preferred.has(edge.id) : true,
      distance: Math.abs((byId(layout.nodes).get(other)?.row ?? 0) - node.row),
    }))
    .sort((a, b) => Number(b.onRoute) - Number(a.onRoute) || a.distance - b.distance);
  return candidates[0]?.id ?? null;
}
