/** Arrow keys through the cascade: along its direction, and across to the next step in a column. */
import { describe, expect, it } from 'vitest';
import type { CascadeLayout } from '../../src/lib/layout/cascade.ts';
import { moveForKey, neighbour } from '../../src/lib/layout/navigation.ts';

describe('moveForKey', () => {
  it.each([
    ['horizontal', 'ArrowRight', 'downstream'],
    ['horizontal', 'ArrowLeft', 'upstream'],
    ['horizontal', 'ArrowDown', 'next'],
    ['horizontal', 'ArrowUp', 'previous'],
    ['vertical', 'ArrowDown', 'downstream'],
    ['vertical', 'ArrowUp', 'upstream'],
    ['vertical', 'ArrowRight', 'next'],
    ['vertical', 'ArrowLeft', 'previous'],
    ['vertical', 'Enter', null],
  ] as const)('%s: %s → %s', (orientation, key, move) => {
    expect(moveForKey(key, orientation)).toBe(move);
  });
});

// a ─┬→ b      two steps downstream of a, one on the chosen route;
//    └→ c      d is c's neighbour in the same column, reached from nowhere.
//       d
const node = (id: string, column: number, row: number) => ({ id, column, row });
const layout = {
  nodes: [node('a', 0, 0), node('b', 1, 0), node('c', 1, 2), node('d', 1, 3)],
  edges: [
    { id: 'a-c', from: 'a', to: 'c' },
    { id: 'a-b', from: 'a', to: 'b' },
  ],
} as unknown as CascadeLayout;

describe('neighbour', () => {
  it('goes downstream to the nearest step across', () =>
    expect(neighbour(layout, 'a', 'downstream')).toBe('b'));
  it('prefers a step on the chosen route over a nearer one', () =>
    expect(neighbour(layout, 'a', 'downstream', new Set(['a-c']))).toBe('c'));
  it('goes upstream along an edge', () => expect(neighbour(layout, 'c', 'upstream')).toBe('a'));
  it('moves within a column, in row order', () => {
    expect(neighbour(layout, 'b', 'next')).toBe('c');
    expect(neighbour(layout, 'd', 'previous')).toBe('c');
  });
  it.each([
    ['b', 'downstream'],
    ['a', 'upstream'],
    ['d', 'next'],
    ['b', 'previous'],
    ['missing', 'next'],
  ] as const)('stops at an end: %s %s → null', (from, move) =>
    expect(neighbour(layout, from, move)).toBeNull(),
  );
});
