import { describe, expect, it } from 'vitest';
import { referenceList } from '../../src/lib/model/references.ts';
import type { Study } from '../../src/lib/model/schema.ts';
import { realData } from './realData.ts';

const study = (id: string, authors: string, year: number, ids: Partial<Study>) =>
  ({ id, authors, year, title: `Title ${id}.`, journal: 'J', ...ids }) as Study;

describe('the handout’s reference list', () => {
  it('lists each study once, by first author then year, with its DOI, else its PubMed page', () => {
    const a = study('a', 'Zed A', 2020, { doi: '10.1/a' });
    const b = study('b', 'Ayo B', 2021, { pmid: '123' });
    const c = study('c', 'Ayo B', 2019, { doi: '10.1/c', pmid: '9' });
    const list = referenceList([a, b, a, c, b]);
    expect(list.map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(list.map((r) => r.url)).toEqual([
      'https://doi.org/10.1/c',
      'https://pubmed.ncbi.nlm.nih.gov/123/',
      'https://doi.org/10.1/a',
    ]);
    expect(list[0]!.text).toBe('Ayo B (2019). Title c. J.');
  });
  it('gives every real study an address', () => {
    for (const r of referenceList(realData().studies)) expect(r.url, r.id).toMatch(/^https:\/\//);
  });
});
