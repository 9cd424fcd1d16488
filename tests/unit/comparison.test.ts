import { describe, expect, it } from 'vitest';
import { comparisonMatrix, markOf } from '../../src/lib/model/comparison.ts';
import type { ComparisonCell, Finding, Study } from '../../src/lib/model/schema.ts';
import { realData } from './realData.ts';

const finding = (
  id: string,
  species: Finding['species'],
  direction: Finding['direction'],
  study = 'primary',
) =>
  ({
    id,
    species,
    direction,
    study,
    level: study === 'primary' ? 'animal' : 'synthesis',
  }) as Finding;
const studies = [
  { id: 'primary', type: 'primary' },
  { id: 'pooled', type: 'meta-analysis' },
  { id: 'narrative', type: 'review' },
] as Study[];
const findings = [
  finding('mouse-for', ['mouse'], 'for'),
  finding('human-for', ['human'], 'for'),
  finding('human-null', ['human'], 'null'),
  finding('human-pooled-for', ['human'], 'for', 'pooled'),
  finding('human-review-for', ['human'], 'for', 'narrative'),
];
const cell = (ids: string[], evidence: ComparisonCell['evidence'] = 'findings') =>
  ({ compound: 'x', dimension: 'entry', text: '', evidence, findings: ids }) as ComparisonCell;
const mark = (ids: string[], evidence?: ComparisonCell['evidence']) =>
  markOf(cell(ids, evidence), { findings, studies });

describe('a comparison cell’s mark', () => {
  it('says "shown in humans" only for a positive human finding', () => {
    expect(mark(['mouse-for', 'human-for'])).toBe('shown-in-humans');
    expect(mark(['mouse-for', 'human-null'])).toBe('animals-only');
  });
  it('counts a pooled human result, but not a narrative review', () => {
    expect(mark(['human-pooled-for'])).toBe('shown-in-humans');
    expect(mark(['human-review-for'])).toBe('no-data');
  });
  it('says "looked for, not shown" when every finding is null', () => {
    expect(mark(['human-null'])).toBe('looked-not-shown');
  });
  it('says "no data" for an empty cell and "status" for a regulatory one', () => {
    expect(markOf(undefined, { findings, studies })).toBe('no-data');
    expect(mark([], 'none')).toBe('no-data');
    expect(mark([], 'regulatory')).toBe('status');
  });
});

describe('the real comparison as a matrix', () => {
  const data = realData();
  const matrix = comparisonMatrix(data);
  it('has a cell for every compound and dimension, each with its text', () => {
    for (const row of matrix.rows) {
      expect(row.cells.map((c) => c.dimension)).toEqual([...matrix.dimensions]);
      for (const c of row.cells) expect(c.text, `${row.id} ${c.dimension}`).not.toBe('');
    }
  });
  it('marks a cell whose text says "humans" with human evidence or a human null', () => {
    for (const row of matrix.rows)
      for (const c of row.cells)
        if (c.mark === 'shown-in-humans' || c.mark === 'looked-not-shown')
          expect(c.text, `${row.id} ${c.dimension}`).toMatch(/human/i);
  });
});
