import { describe, expect, it } from 'vitest';
import { activeStepsAt, highlightsFor } from '../../src/lib/model/highlights.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import type { Focus } from '../../src/lib/model/focus.ts';
import { minimalData } from '../fixtures/minimal.ts';
import { realData } from './realData.ts';

const data = validateDataset(minimalData()).dataset!;
const sorted = (s: Set<string>) => [...s].sort();

describe('highlightsFor', () => {
  it('highlights nothing without a focus', () => expect(highlightsFor(data, null)).toBeNull());

  it.each<{ focus: Focus; nodes: string[]; edges: string[]; events: string[]; findings: string[] }>(
    [
      {
        focus: { kind: 'node', id: 'glutamate' },
        nodes: ['glutamate'],
        edges: ['5ht2a-glutamate'],
        events: [],
        findings: ['f-glu'],
      },
      {
        focus: { kind: 'node', id: '5ht2a' },
        nodes: ['5ht2a'],
        edges: ['5ht2a-glutamate', 'psilocybin-5ht2a'],
        events: ['psilocybin-acute'],
        findings: ['f-glu', 'f-human'],
      },
      {
        focus: { kind: 'edge', id: 'psilocybin-5ht2a' },
        nodes: ['5ht2a', 'psilocybin'],
        edges: ['psilocybin-5ht2a'],
        events: [],
        findings: ['f-human'],
      },
      {
        focus: { kind: 'event', id: 'psilocybin-acute' },
        nodes: ['5ht2a'],
        edges: [],
        events: ['psilocybin-acute'],
        findings: ['f-human'],
      },
      {
        focus: { kind: 'finding', id: 'f-human' },
        nodes: ['5ht2a', 'psilocybin'],
        edges: ['psilocybin-5ht2a'],
        events: ['psilocybin-acute'],
        findings: ['f-human'],
      },
    ],
  )('$focus.kind $focus.id', ({ focus, nodes, edges, events, findings }) => {
    const h = highlightsFor(data, focus)!;
    expect(sorted(h.nodes)).toEqual(nodes);
    expect(sorted(h.edges)).toEqual(edges);
    expect(sorted(h.events)).toEqual(events);
    expect(sorted(h.findings)).toEqual(findings);
  });
});

describe('activeStepsAt', () => {
  it.each([
    { t: 1, compound: 'psilocybin', expected: ['5ht2a'] },
    { t: 6, compound: null, expected: ['5ht2a'] },
    { t: 7, compound: 'psilocybin', expected: [] },
  ])('at $t h for $compound', ({ t, compound, expected }) => {
    expect(sorted(activeStepsAt(data, t, compound))).toEqual(expected);
  });
});

describe('steps under way after one dose, read from the real timeline', () => {
  const data = realData();
  const at = (compound: string, hours: number) => [...activeStepsAt(data, hours, compound)].sort();
  // Each row read by hand from data/events.json: the phases running at that hour, and the
  // steps each says was measured under way.
  it.each([
    ['psilocybin', 1, ['5ht2a', 'dmn', 'glutamate', 'mtor', 'spines', 'window']],
    ['psilocybin', 24, ['mtor', 'spines', 'window']],
    ['psilocybin', 168, ['spines', 'window']],
    ['psilocybin', 672, ['clinical', 'spines']],
    ['ketamine', 1, ['ampa', 'bdnf', 'glutamate', 'mtor', 'nmda', 'spines', 'trkb', 'window']],
    ['ketamine', 24, ['clinical', 'mtor', 'spines', 'window']],
    ['ketamine', 168, ['clinical', 'spines']],
    ['ketamine', 672, []],
  ])('%s at %i h', (compound, hours, expected) => {
    expect(at(compound, hours)).toEqual(expected);
  });
  it('never lights a release or receptor step weeks after the dose', () => {
    for (const compound of data.compounds.map((c) => c.id))
      for (const step of at(compound, 24 * 14))
        expect(['5ht2a', 'nmda', 'monoamine-oxytocin'], `${compound}: ${step}`).not.toContain(step);
  });
});
