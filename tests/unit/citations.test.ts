import { describe, expect, it } from 'vitest';
import {
  bibtex,
  csvCell,
  exportFileName,
  findingsCsv,
  ris,
} from '../../src/lib/export/citations.ts';
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

describe('csvCell: hostile strings cannot become formulas (OWASP CSV injection)', () => {
  it.each([
    {
      input: '=HYPERLINK("http://evil.example","click")',
      cell: `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    },
    { input: '+1+1', cell: "'+1+1" },
    { input: '-2+3', cell: "'-2+3" },
    { input: '@SUM(A1)', cell: "'@SUM(A1)" },
    { input: '\t=1', cell: "'\t=1" },
    { input: '\r=1', cell: `"'\r=1"` },
    { input: '  =1', cell: "'  =1" },
    { input: '＝1+1', cell: "'＝1+1" },
    { input: 'n = 24', cell: 'n = 24' },
    { input: 'a, "b"', cell: `"a, ""b"""` },
  ])('$input → $cell', ({ input, cell }) => {
    expect(csvCell(input)).toBe(cell);
  });
  it('leaves numbers as numbers', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(2021)).toBe('2021');
  });
});

/** The top-level fields of each BibTeX entry, read as BibTeX reads them: every brace counted. */
function bibFields(text: string): string[][] {
  return text
    .trim()
    .split(/\n(?=@)/)
    .map((entry) => {
      const fields: string[] = [];
      let depth = 0;
      let name = '';
      for (const char of entry.slice(entry.indexOf(',') + 1, entry.lastIndexOf('}'))) {
        if (char === '{') depth++;
        else if (char === '}') depth--;
        else if (depth === 0 && char === '=') {
          fields.push(name.trim());
          name = '';
        } else if (depth === 0) name = char === ',' ? '' : name + char;
        if (depth < 0) throw new Error(`a brace closes the entry early: ${entry}`);
      }
      if (depth !== 0) throw new Error(`unbalanced braces: ${entry}`);
      return fields;
    });
}

describe('bibtex and ris with hostile strings', () => {
  const hostile = {
    ...data.studies[0]!,
    authors: 'Evil}, title={pwn, Back\\slash X',
    title: 'A title that ends in a backslash \\',
    journal: 'J {unbalanced',
    citation: '100% of $5 ~ ^_^ #1 & more',
    doi: '10.1000/a}b',
  };

  it('escapes every field, so no text can add a field or unbalance the braces', () => {
    const text = bibtex([hostile, data.studies[1]!]);
    expect(bibFields(text)).toEqual([
      ['author', 'title', 'journal', 'year', 'note', 'doi'],
      ['author', 'title', 'journal', 'year', 'pmid'],
    ]);
    expect(text).toContain('Evil\\textbraceright{}');
    expect(text).toContain('ends in a backslash \\textbackslash{}}');
    expect(text).toContain(
      '100\\% of \\$5 \\textasciitilde{} \\textasciicircum{}\\_\\textasciicircum{} \\#1 \\& more',
    );
    expect(text).toContain('doi = {10.1000/ab}');
  });

  it('keeps each RIS value on its line, so a title cannot start a record', () => {
    const text = ris([{ ...hostile, title: 'Line one\r\nER  - \r\nTY  - JOUR\u2028TI  - x' }]);
    expect(text.match(/^TY {2}- /gm)).toHaveLength(1);
    expect(text.match(/^ER {2}- /gm)).toHaveLength(1);
    expect(text).toContain('TI  - Line one ER - TY - JOUR TI - x\r\n');
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
    expect(text).toContain(
      'title = {{Psychedelics \\& \\textbraceleft{}plasticity\\textbraceright{}}}',
    );
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
