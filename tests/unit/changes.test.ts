import { describe, expect, it } from 'vitest';
import { historyNewestFirst, lastChange } from '../../src/lib/model/changes.ts';
import type { Change } from '../../src/lib/model/schema.ts';
import { realData } from './realData.ts';

const change = (id: string, date: string, ids: string[]): Change => ({
  id,
  date,
  type: 'revised',
  ids,
  reason: id,
});
const log = [
  change('a', '2026-11-22', ['edge:x', 'node:y']),
  change('b', '2026-11-22', ['edge:x']),
  change('c', '2026-12-01', ['node:y']),
];

describe('the changelog', () => {
  it.each([
    { ref: 'edge:x', expected: 'b' },
    { ref: 'node:y', expected: 'c' },
    { ref: 'node:z', expected: undefined },
  ])('the last change to $ref is $expected', ({ ref, expected }) => {
    expect(lastChange(log, ref)?.id).toBe(expected);
  });

  it('lists the history newest first', () => {
    expect(historyNewestFirst(log).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });

  it('dates every arrow, step and compound in the real data, and records the disputes', () => {
    const data = realData();
    for (const ref of [
      ...data.edges.map((e) => `edge:${e.id}`),
      ...data.nodes.map((n) => `node:${n.id}`),
      ...data.compounds.map((c) => `compound:${c.id}`),
    ])
      expect(lastChange(data.changelog, ref), ref).toBeDefined();
    expect(lastChange(data.changelog, 'edge:5ht2a-spines')?.type).toBe('dispute-added');
    expect(
      data.changelog.some((c) => c.type === 'status-changed' && c.ids.includes('edge:nmda-bdnf')),
    ).toBe(true);
  });
});
