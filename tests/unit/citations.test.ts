import { describe, expect, it } from 'vitest';
import { bibtex, exportFileName, findingsCsv, ris } from '../../src/lib/export/citations.ts';
import { evidenceRows } from '../../src/lib/model/evidenceRows.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { minimalData } from '../fixtures/minimal.ts';

const data = validateDataset(minimalData()).dataset!;

describe('findingsCsv', () => {
  it('writes a header and one row per finding, quoting commas and quotes', () => {
    const rows = evidenceRows(data);
    rows[0]!.finding = { ...rows[0]!.finding, result: 'Blocked, said "clearly".' };
    const csv = findingsCsv(rows);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^finding_id,study,year/);
    expect(lines[1]).toContain('"Blocked, said ""clearly""."');
    expect(lines[2]).toContain('15364028');
  });
});

describe('bibtex', () => {
  it('writes an entry per study with its identifiers', () => {
    const text = bibtex([
      {
        ...data.studies[0]!,
        authors: 'Ly C, Greb AC, … Olson DE',
        title: 'Psychedelics & {plasticity}',
      },
    ]);
    expect(text).toContain('@article{s-human,');
    expect(text).toContain('author = {Ly, C and Greb, AC and Olson, DE and others}');
    expect(text).toContain('title = {{Psychedelics \\& \\{plasticity\\}}}');
    expect(text).toContain('doi = {10.1000/abc}');
  });
});

describe('ris', () => {
  it('writes tagged records that end with ER', () => {
    const text = ris(data.studies);
    expect(text.match(/^TY {2}- JOUR/gm)).toHaveLength(2);
    expect(text.match(/^ER {2}- /gm)).toHaveLength(2);
    expect(text).toContain('AN  - PMID:15364028');
  });
});

describe('exportFileName', () => {
  it('names the content and the date', () => {
    expect(exportFileName('findings', 'csv', new Date('2026-11-22T10:00:00Z'))).toBe(
      'plasticity-window-findings-2026-11-22.csv',
    );
  });
});
