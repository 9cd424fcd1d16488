import { describe, expect, it } from 'vitest';
import { activeStepsAt, highlightsFor } from '../../src/lib/model/highlights.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import type { Focus } from '../../src/lib/state/url.ts';
import { minimalData } from '../fixtures/minimal.ts';

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
