import { describe, expect, it } from 'vitest';
import { findingsForNode, routeOf, strongestLevel } from '../../src/lib/model/graph.ts';
import { byId } from '../../src/lib/model/graphIndex.ts';
import { realData } from './realData.ts';

const data = realData();

describe('routeOf', () => {
  it.each([
    {
      compound: 'psilocybin',
      through: ['5ht2a', 'glutamate', 'bdnf', 'trkb', 'mtor', 'spines'],
      not: ['nmda'],
    },
    { compound: 'lsd', through: ['5ht2a', 'bdnf', 'trkb', 'spines'], not: ['nmda'] },
    { compound: 'dmt', through: ['5ht2a', 'bdnf', 'spines'], not: ['nmda'] },
    {
      compound: 'ketamine',
      through: ['nmda', 'glutamate', 'ampa', 'bdnf', 'trkb', 'mtor', 'spines'],
      not: ['5ht2a'],
    },
    { compound: 'mdma', through: ['monoamine-oxytocin', 'window'], not: ['5ht2a', 'nmda'] },
  ])('$compound goes through $through', ({ compound, through, not }) => {
    const route = routeOf(data, compound);
    for (const id of through) expect(route.nodes.has(id), id).toBe(true);
    for (const id of not) expect(route.nodes.has(id), id).toBe(false);
  });

  it('converges: the psychedelic and ketamine routes share BDNF, TrkB and mTOR', () => {
    const shared = ['psilocybin', 'lsd', 'dmt', 'ketamine']
      .map((c) => routeOf(data, c).nodes)
      .reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
    expect([...shared]).toEqual(expect.arrayContaining(['bdnf', 'trkb', 'mtor', 'spines']));
  });
});

describe('evidence per node', () => {
  it('finds findings for every cascade step', () => {
    for (const node of data.nodes)
      expect(findingsForNode(data, node.id).length, node.id).toBeGreaterThan(0);
  });

  it('ranks the strongest evidence on the ladder, ignoring syntheses', () => {
    const cases = [
      { levels: ['animal', 'in-vitro'], expected: 'animal' },
      { levels: ['synthesis', 'animal'], expected: 'animal' },
      { levels: ['human-rct', 'human-mechanistic'], expected: 'human-rct' },
      { levels: ['synthesis'], expected: undefined },
    ] as const;
    for (const { levels, expected } of cases) {
      const findings = levels.map((level) => ({ ...data.findings[0]!, level }));
      expect(strongestLevel(findings)).toBe(expected);
    }
  });
});

describe('byId', () => {
  it('finds every record by its id, and nothing by a key every object inherits', () => {
    const { nodes } = realData();
    for (const node of nodes) expect(byId(nodes).get(node.id)).toBe(node);
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(byId(nodes).get(key)).toBeUndefined();
    expect(byId(nodes)).toBe(byId(nodes));
  });

  it('sees a collection the prose fills in place, from empty', () => {
    const studies: { id: string }[] = [];
    expect(byId(studies).get('a')).toBeUndefined();
    studies.splice(0, Infinity, { id: 'a' }, { id: 'b' });
    expect(byId(studies).get('b')).toEqual({ id: 'b' });
  });
});
