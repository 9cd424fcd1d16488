import { describe, expect, it } from 'vitest';
import { comparisonMatrix, markOf } from '../../src/lib/model/comparison.ts';
import { shownInHumans } from '../../src/lib/model/lens.ts';
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
    level: study !== 'primary' ? 'synthesis' : species.includes('human') ? 'human-rct' : 'animal',
  }) as Finding;
const studies = [
  { id: 'primary', type: 'primary' },
  { id: 'pooled', type: 'meta-analysis' },
  { id: 'narrative', type: 'review' },
] as Study[];
const findings = [
  finding('mouse-for', ['mouse'], 'for'),
  finding('human-for', ['human'], 'for'),
  finding('mouse-null', ['mouse'], 'null'),
  finding('human-null', ['human'], 'null'),
  finding('human-mixed', ['human'], 'mixed'),
  finding('human-against', ['human'], 'against'),
  finding('human-pooled-for', ['human'], 'for', 'pooled'),
  finding('human-pooled-null', ['human'], 'null', 'pooled'),
  finding('human-review-for', ['human'], 'for', 'narrative'),
];
const cell = (ids: string[], evidence: ComparisonCell['evidence'] = 'findings') =>
  ({ compound: 'x', dimension: 'entry', text: '', evidence, findings: ids }) as ComparisonCell;
const mark = (ids: string[], evidence?: ComparisonCell['evidence']) =>
  markOf(cell(ids, evidence), { findings, studies });

describe('a comparison cell’s mark', () => {
  // One rule for "shown in humans" (shownInHumans in lens.ts): a primary human study in favour.
  it.each([
    {
      case: 'primary human study in favour',
      ids: ['mouse-for', 'human-for'],
      expected: 'shown-in-humans',
    },
    { case: 'primary human study, mixed', ids: ['human-mixed'], expected: 'looked-not-shown' },
    {
      case: 'mixed in humans, shown in mice',
      ids: ['mouse-for', 'human-mixed'],
      expected: 'looked-not-shown',
    },
    {
      case: 'null in humans, shown in mice',
      ids: ['mouse-for', 'human-null'],
      expected: 'looked-not-shown',
    },
    { case: 'against in humans', ids: ['human-against'], expected: 'looked-not-shown' },
    { case: 'meta-analysis only', ids: ['human-pooled-for'], expected: 'pooled-in-humans' },
    {
      case: 'meta-analysis and a mouse study',
      ids: ['human-pooled-for', 'mouse-for'],
      expected: 'pooled-in-humans',
    },
    {
      case: 'meta-analysis beside a primary human study',
      ids: ['human-pooled-for', 'human-for'],
      expected: 'shown-in-humans',
    },
    { case: 'null meta-analysis only', ids: ['human-pooled-null'], expected: 'looked-not-shown' },
    { case: 'animal only, in favour', ids: ['mouse-for'], expected: 'animals-only' },
    { case: 'animal only, null', ids: ['mouse-null'], expected: 'animals-only' },
    { case: 'narrative review only (not read)', ids: ['human-review-for'], expected: 'no-data' },
  ])('$case: $expected', ({ ids, expected }) => {
    expect(mark(ids)).toBe(expected);
  });
  it('agrees with the diagram: "shown in a primary human study" exactly when shownInHumans says so', () => {
    for (const f of findings.filter((f) => f.study !== 'narrative'))
      expect(mark([f.id]) === 'shown-in-humans', f.id).toBe(shownInHumans(f));
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
  it('gives every cell with a human mark text that says "humans"', () => {
    const human = new Set(['shown-in-humans', 'pooled-in-humans', 'looked-not-shown']);
    for (const row of matrix.rows)
      for (const c of row.cells)
        if (human.has(c.mark)) expect(c.text, `${row.id} ${c.dimension}`).toMatch(/human/i);
  });
  const markAt = (compound: string, dimension: string) =>
    matrix.rows.find((r) => r.id === compound)!.cells.find((c) => c.dimension === dimension)!.mark;
  it.each([
    // Two randomized trials.
    { compound: 'psilocybin', dimension: 'clinical', mark: 'shown-in-humans' },
    // Meta-analyses only: the diagram's exercise → BDNF arrow is "not shown in humans" too.
    { compound: 'exercise', dimension: 'bdnf-human', mark: 'pooled-in-humans' },
    { compound: 'exercise', dimension: 'clinical', mark: 'pooled-in-humans' },
    // A mixed human result (escitalopram's arm of a psilocybin trial).
    { compound: 'ssri', dimension: 'clinical', mark: 'looked-not-shown' },
    // Synapses in rodents, no SV2A change in people: "not shown in humans" on the diagram.
    { compound: 'ketamine', dimension: 'structural', mark: 'looked-not-shown' },
    { compound: 'psilocybin', dimension: 'structural', mark: 'animals-only' },
  ])('$compound, $dimension: $mark', ({ compound, dimension, mark }) => {
    expect(markAt(compound, dimension)).toBe(mark);
  });
  it('never marks a cell "shown" for an arrow the diagram draws as not shown in humans', () => {
    // Each comparison cell whose findings all bear on one arrow agrees with that arrow's status.
    const edgeStatus = new Map(data.edges.map((e) => [e.id, e.status]));
    const byId = new Map(data.findings.map((f) => [f.id, f]));
    for (const row of matrix.rows)
      for (const c of row.cells) {
        const edges = new Set(c.findings.flatMap((id) => byId.get(id)!.supports.edges));
        if (c.mark === 'shown-in-humans')
          for (const e of edges)
            if (c.findings.every((id) => byId.get(id)!.supports.edges.includes(e)))
              expect(edgeStatus.get(e), `${row.id} ${c.dimension} ${e}`).not.toBe(
                'not-shown-in-humans',
              );
      }
  });
});
