/**
 * An arrow's badge (H, A, C or –) says where its strongest primary evidence comes from; it must
 * never claim more than the arrow's status: no H on an arrow established only in animals or
 * not shown in humans.
 */
import { describe, expect, it } from 'vitest';
import { evidenceSources, relationName } from '../../src/lib/model/edgeEvidence.ts';
import { findingsForEdge } from '../../src/lib/model/graph.ts';
import type { Finding } from '../../src/lib/model/schema.ts';
import { realData } from './realData.ts';

type Case = Pick<Finding, 'species' | 'level' | 'direction'>;
const finding = (over: Partial<Case>) =>
  ({ species: ['human'], level: 'human-mechanistic', direction: 'for', ...over }) as Finding;

describe('evidenceSources', () => {
  it.each<{ name: string; findings: Partial<Case>[]; letter: string }>([
    { name: 'no findings', findings: [], letter: '–' },
    { name: 'a human primary finding for the step', findings: [{}], letter: 'H' },
    {
      name: 'a human synthesis beside an animal study',
      findings: [{ level: 'synthesis' }, { species: ['mouse'], level: 'animal' }],
      letter: 'A',
    },
    { name: 'a null human result', findings: [{ direction: 'null' }], letter: '–' },
    { name: 'cells only', findings: [{ species: ['cells'], level: 'in-vitro' }], letter: 'C' },
    {
      name: 'an animal study against the step',
      findings: [{ species: ['rat'], level: 'animal', direction: 'against' }],
      letter: '–',
    },
  ])('$name → $letter', ({ findings, letter }) => {
    expect(evidenceSources(findings.map(finding)).letter).toBe(letter);
  });

  it('does not give H for a human result that is only mixed', () => {
    expect(evidenceSources([finding({ direction: 'mixed' })]).letter).not.toBe('H');
  });

  it('never puts H on a real arrow whose status does not claim humans', () => {
    const data = realData();
    const humble = data.edges.filter(
      (e) => e.status === 'established-in-animals' || e.status === 'not-shown-in-humans',
    );
    expect(humble.length).toBeGreaterThan(0);
    for (const edge of humble)
      expect(evidenceSources(findingsForEdge(data, edge)).letter, edge.id).not.toBe('H');
  });

  it('gives H to every real arrow shown in humans', () => {
    const data = realData();
    for (const edge of data.edges.filter((e) => e.status === 'shown-in-humans'))
      expect(evidenceSources(findingsForEdge(data, edge)).letter, edge.id).toBe('H');
  });

  it('names every relation the data uses', () => {
    for (const edge of realData().edges) expect(relationName(edge.relation)).toBeTruthy();
  });
});
