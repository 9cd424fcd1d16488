import { describe, expect, it } from 'vitest';
import { mainCompounds } from '../../src/lib/model/graph.ts';
import { layoutCascade, type Orientation, type PlacedNode } from '../../src/lib/layout/cascade.ts';
import { realData } from './realData.ts';

const data = realData();
const compounds = mainCompounds(data).map((c) => c.id);

/** Points along an SVG path made of M, L and C commands. */
function samplePath(path: string, steps = 24): [number, number][] {
  const tokens = path.match(/[MLC]|-?[\d.]+/g) ?? [];
  const points: [number, number][] = [];
  let at: [number, number] = [0, 0];
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const command = tokens[i++];
    if (command === 'M' || command === 'L') {
      const next: [number, number] = [num(), num()];
      if (command === 'L') {
        for (let s = 1; s <= steps; s++) {
          const t = s / steps;
          points.push([at[0] + (next[0] - at[0]) * t, at[1] + (next[1] - at[1]) * t]);
        }
      } else points.push(next);
      at = next;
    } else if (command === 'C') {
      const c1 = [num(), num()];
      const c2 = [num(), num()];
      const end: [number, number] = [num(), num()];
      for (let s = 1; s <= steps; s++) {
        const t = s / steps;
        const u = 1 - t;
        const b = (a: number, p: number, q: number, z: number) =>
          u * u * u * a + 3 * u * u * t * p + 3 * u * t * t * q + t * t * t * z;
        points.push([b(at[0], c1[0]!, c2[0]!, end[0]), b(at[1], c1[1]!, c2[1]!, end[1])]);
      }
      at = end;
    }
  }
  return points;
}

const inside = (n: PlacedNode, [x, y]: [number, number], pad = 0) =>
  Math.abs(x - n.x) < n.width / 2 + pad && Math.abs(y - n.y) < n.height / 2 + pad;

// Phones draw the steps only (the compound chooser sits above); wide screens add the compounds.
describe.each<{ orientation: Orientation; shown: string[] }>([
  { orientation: 'horizontal', shown: compounds },
  { orientation: 'vertical', shown: [] },
])('cascade layout, $orientation', ({ orientation, shown }) => {
  const layout = layoutCascade(data, { orientation, compounds: shown });

  it('places every step and every compound shown, once', () => {
    const ids = layout.nodes.map((n) => n.id).sort();
    expect(ids).toEqual([...data.nodes.map((n) => n.id), ...shown].sort());
  });

  it('keeps every node inside the drawing', () => {
    for (const n of layout.nodes) {
      expect(n.x - n.width / 2, n.id).toBeGreaterThanOrEqual(0);
      expect(n.y - n.height / 2, n.id).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width / 2, n.id).toBeLessThanOrEqual(layout.width);
      expect(n.y + n.height / 2, n.id).toBeLessThanOrEqual(layout.height);
    }
  });

  it('never overlaps two nodes (or their labels, which sit inside them)', () => {
    for (const a of layout.nodes) {
      for (const b of layout.nodes) {
        if (a === b) continue;
        const apart =
          Math.abs(a.x - b.x) >= (a.width + b.width) / 2 + 8 ||
          Math.abs(a.y - b.y) >= (a.height + b.height) / 2 + 8;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });

  it('draws no edge through a node other than its own ends', () => {
    for (const edge of layout.edges) {
      const crossed = layout.nodes.filter(
        (n) =>
          n.id !== edge.from &&
          n.id !== edge.to &&
          samplePath(edge.path).some((p) => inside(n, p, 2)),
      );
      expect(
        crossed.map((n) => n.id),
        edge.id,
      ).toEqual([]);
    }
  });

  it('orders columns from compounds to outcomes', () => {
    const along = (id: string) => {
      const n = layout.nodes.find((p) => p.id === id)!;
      return orientation === 'horizontal' ? n.x : n.y;
    };
    if (shown.includes('psilocybin')) expect(along('psilocybin')).toBeLessThan(along('5ht2a'));
    expect(along('5ht2a')).toBeLessThan(along('glutamate'));
    expect(along('glutamate')).toBeLessThan(along('bdnf'));
    expect(along('bdnf')).toBeLessThan(along('mtor'));
    expect(along('mtor')).toBeLessThan(along('spines'));
    expect(along('spines')).toBeLessThan(along('clinical'));
  });
});

describe('layout orientation', () => {
  it('is wider than tall on wide screens and taller than wide on phones', () => {
    const wide = layoutCascade(data, { orientation: 'horizontal', compounds });
    const tall = layoutCascade(data, { orientation: 'vertical', compounds: [] });
    expect(wide.width).toBeGreaterThan(wide.height);
    expect(tall.height).toBeGreaterThan(tall.width);
  });

  it('leaves no empty band where the compounds would be when none are drawn (phones)', () => {
    const layout = layoutCascade(data, { orientation: 'vertical', compounds: [] });
    const top = Math.min(...layout.nodes.map((n) => n.y - n.height / 2));
    const bottomGap = layout.height - Math.max(...layout.nodes.map((n) => n.y + n.height / 2));
    // The drawing's top margin is no wider than its bottom one.
    expect(top).toBeLessThanOrEqual(bottomGap);
  });
});
