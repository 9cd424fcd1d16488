import { describe, expect, it } from 'vitest';
import { historyNewestFirst, lastChange } from '../../src/lib/model/changes.ts';
import { changedSince, formatDay } from '../../src/lib/model/since.ts';
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

describe('what changed since a day', () => {
  const history = {
    changelog: [
      change('old', '2026-10-01', ['node:glutamate', 'edge:a-b']),
      change('study', '2026-11-01', ['study:s1', 'compound:psilocybin', 'question:q']),
      change('dispute', '2026-11-20', ['dispute:d1', 'event:e1']),
      change('again', '2026-11-25', ['finding:f1']),
    ],
    findings: [
      { id: 'f1', study: 's1' },
      { id: 'f2', study: 's1' },
      { id: 'f3', study: 's2' },
    ],
    disputes: [{ id: 'd1', edges: ['a-b', 'c-d'] }],
  };

  it.each([
    {
      since: '2026-11-01',
      entries: ['study', 'dispute', 'again'],
      findings: ['f1', 'f2'],
      edges: ['a-b', 'c-d'],
      nodes: [],
      count: 6,
    },
    {
      since: '2026-11-02',
      entries: ['dispute', 'again'],
      findings: ['f1'],
      edges: ['a-b', 'c-d'],
      nodes: [],
      count: 4,
    },
    {
      since: '2026-01-01',
      entries: ['old', 'study', 'dispute', 'again'],
      findings: ['f1', 'f2'],
      edges: ['a-b', 'c-d'],
      nodes: ['glutamate'],
      count: 7,
    },
    { since: '2027-01-01', entries: [], findings: [], edges: [], nodes: [], count: 0 },
  ])('since $since: $count records', ({ since, entries, findings, edges, nodes, count }) => {
    const changed = changedSince(history, since);
    expect(changed.entries.map((c) => c.id)).toEqual(entries);
    expect([...changed.findings].sort()).toEqual(findings);
    expect([...changed.edges].sort()).toEqual(edges);
    expect([...changed.nodes]).toEqual(nodes);
    expect(changed.count).toBe(count);
  });

  it('dates each record by its latest change in the range, and leaves out what no view draws', () => {
    const changed = changedSince(history, '2026-11-01');
    expect(changed.latest.get('finding:f1')).toBe('2026-11-25');
    expect(changed.latest.get('finding:f2')).toBe('2026-11-01');
    expect(changed.latest.get('edge:a-b')).toBe('2026-11-20');
    expect(changed.compounds).toEqual(new Set(['psilocybin']));
    expect(changed.latest.has('question:q')).toBe(false);
  });

  it('does not mark records that were only checked against their sources', () => {
    const checked: Change = { ...change('check', '2026-12-02', ['finding:f3']), type: 'checked' };
    const changed = changedSince(
      { ...history, changelog: [...history.changelog, checked] },
      '2026-11-02',
    );
    expect(changed.findings.has('f3')).toBe(false);
    expect(changed.entries.map((c) => c.id)).toEqual(['dispute', 'again']);
    // The detail panel still dates the check as the record's latest review.
    expect(lastChange([...log, checked], 'finding:f3')?.type).toBe('checked');
  });

  it('finds the content second pass in the real data, and not a record it left alone', () => {
    const data = realData();
    const changed = changedSince(data, '2026-12-01');
    expect(changed.edges.has('psilocybin-5ht2a')).toBe(true);
    expect(changed.edges.has('ketamine-trkb')).toBe(true);
    expect(changed.edges.has('bdnf-trkb')).toBe(false);
    expect(changed.nodes.has('bdnf')).toBe(false);
  });

  it.each([
    ['2026-11-01', '1 Nov 2026'],
    ['2026-12-02', '2 Dec 2026'],
    ['1999-01-31', '31 Jan 1999'],
  ])('writes %s as %s', (day, words) => expect(formatDay(day)).toBe(words));
});
