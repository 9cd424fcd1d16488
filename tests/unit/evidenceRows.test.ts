import { describe, expect, it } from 'vitest';
import {
  evidenceRows,
  NO_FILTER,
  selectRows,
  shortCitation,
  type EvidenceFilter,
} from '../../src/lib/model/evidenceRows.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { minimalData } from '../fixtures/minimal.ts';

const data = validateDataset(minimalData()).dataset!;
const rows = evidenceRows(data);
const ids = (list: { finding: { id: string } }[]) => list.map((r) => r.finding.id);

describe('evidenceRows', () => {
  it('joins each finding with its study, steps and links', () => {
    const glu = rows.find((r) => r.finding.id === 'f-glu')!;
    expect(glu.shortCitation).toBe('C 2004');
    expect(glu.steps).toEqual(['Glutamate', '5-HT2A → Glutamate']);
    expect(glu.statuses).toEqual(['established-in-animals']);
    expect(glu.pubmedUrl).toBe('https://pubmed.ncbi.nlm.nih.gov/15364028/');
    expect(glu.doiUrl).toBeUndefined();
  });
});

describe('selectRows', () => {
  it.each<{ name: string; filter: Partial<EvidenceFilter>; expected: string[] }>([
    { name: 'no filter', filter: {}, expected: ['f-human', 'f-glu'] },
    { name: 'human species', filter: { species: 'human' }, expected: ['f-human'] },
    { name: 'any animal', filter: { species: 'animal' }, expected: ['f-glu'] },
    { name: 'level', filter: { level: 'animal' }, expected: ['f-glu'] },
    { name: 'edge status', filter: { status: 'shown-in-humans' }, expected: ['f-human'] },
    { name: 'compound', filter: { compound: 'psilocybin' }, expected: ['f-human', 'f-glu'] },
    { name: 'text in the result', filter: { text: 'ketanserin' }, expected: ['f-human'] },
    { name: 'text words in any order', filter: { text: '206% glutamate' }, expected: ['f-glu'] },
    { name: 'nothing matches', filter: { text: 'zebra' }, expected: [] },
  ])('$name', ({ filter, expected }) => {
    expect(ids(selectRows(rows, { filter: { ...NO_FILTER, ...filter } }))).toEqual(expected);
  });

  it('sorts by evidence, year or study, either way', () => {
    expect(ids(selectRows(rows, { sort: 'evidence' }))).toEqual(['f-human', 'f-glu']);
    expect(ids(selectRows(rows, { sort: 'evidence', descending: true }))).toEqual([
      'f-glu',
      'f-human',
    ]);
    expect(ids(selectRows(rows, { sort: 'year' }))).toEqual(['f-human', 'f-glu']);
    expect(ids(selectRows(rows, { sort: 'study' }))).toEqual(['f-human', 'f-glu']);
  });

  it('keeps only the selected findings', () => {
    expect(ids(selectRows(rows, { only: new Set(['f-glu']) }))).toEqual(['f-glu']);
  });
});

describe('shortCitation', () => {
  it.each([
    ['Shao LX, Liao C, Gregg I', 2021, 'Shao et al. 2021'],
    ['Ly C, Greb AC, Cameron LP, … Olson DE', 2018, 'Ly et al. 2018'],
    ['Maya Vetencourt JF, Sale A', 2008, 'Maya Vetencourt et al. 2008'],
    ['Zarate CA Jr, Singh JB', 2006, 'Zarate et al. 2006'],
    ['Smith A', 1999, 'Smith 1999'],
  ])('%s (%d) → %s', (authors, year, expected) => {
    expect(shortCitation({ ...data.studies[0]!, authors, year })).toBe(expected);
  });
});
