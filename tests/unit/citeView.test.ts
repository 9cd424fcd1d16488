import { describe, expect, it } from 'vitest';
import {
  citeView,
  describeView,
  figureCitation,
  localDay,
  permalink,
  type ProjectFacts,
} from '../../src/lib/export/citeView.ts';
import { footLines } from '../../src/lib/export/figure.ts';
import { DEFAULT_STATE } from '../../src/lib/state/url.ts';
import { realData } from './realData.ts';

const data = realData();
const facts: ProjectFacts = {
  title: 'The Plasticity Window: an evidence-linked explorer',
  author: 'The Plasticity Window team',
  version: '0.1.0',
  released: '2026-11-22',
};
const page = 'https://school.example.org/bio/plasticity/';
const day = new Date(2026, 11, 2, 23, 30); // late evening, local time

describe('the permalink', () => {
  it.each([
    { at: page, state: DEFAULT_STATE, link: page },
    {
      at: `${page}?compound=lsd&embed=1#views`,
      state: { ...DEFAULT_STATE, compound: 'lsd', embed: true },
      link: `${page}?compound=lsd`,
    },
    {
      at: `${page}?step=2&present=notes`,
      state: { ...DEFAULT_STATE, step: 2, present: 'notes' as const, theme: 'projector' as const },
      link: `${page}?theme=projector&step=2`,
    },
    {
      at: 'file:///media/usb/plasticity-window-offline.html?t=1d',
      state: { ...DEFAULT_STATE, t: 24, focus: { kind: 'node' as const, id: 'bdnf' } },
      link: 'file:///media/usb/plasticity-window-offline.html?focus=node:bdnf&t=1d',
    },
  ])('$at → $link', ({ at, state, link }) => expect(permalink(at, state)).toBe(link));
});

describe('what the view shows, in words', () => {
  it.each([
    { state: DEFAULT_STATE, words: 'the whole cascade' },
    {
      state: {
        ...DEFAULT_STATE,
        compound: 'psilocybin',
        focus: { kind: 'node' as const, id: 'bdnf' },
        t: 24,
      },
      words: /^Psilocybin; .*BDNF.*; 1 day after the dose$/,
    },
    { state: { ...DEFAULT_STATE, step: 1 }, words: /^tour step 1, / },
    {
      state: {
        ...DEFAULT_STATE,
        views: ['table' as const],
        evidence: 'human' as const,
        since: '2026-11-01',
      },
      words: 'human evidence only; table only; changes since 2026-11-01 marked',
    },
  ])('$words', ({ state, words }) => expect(describeView(data, state)).toMatch(words));
});

describe('citeView', () => {
  const link = `${page}?compound=psilocybin&focus=node:bdnf`;
  const cited = citeView(facts, { permalink: link, description: 'Psilocybin; BDNF' }, day);

  it('gives the version, the day it was seen (the reader’s own day) and the permalink', () => {
    expect(localDay(day)).toBe('2026-12-02');
    expect(cited.text).toBe(
      'The Plasticity Window team (2026). The Plasticity Window: an evidence-linked explorer (version 0.1.0) ' +
        `[interactive explorer; view: Psilocybin; BDNF]. Accessed 2026-12-02. ${link}`,
    );
    for (const format of [cited.bibtex, cited.ris, cited.figureLine]) {
      expect(format).toContain('0.1.0');
      expect(format).toContain('2026-12-02');
      expect(format).toContain(link);
    }
    expect(cited.figureLine).toBe(figureCitation(facts, link, day));
  });

  it('writes a BibTeX entry and an RIS record reference managers read', () => {
    expect(cited.bibtex).toMatch(/^@misc\{plasticity-window-0\.1\.0-2026-12-02,\n/);
    expect(cited.bibtex).toContain('  author = {{The Plasticity Window team}},');
    expect(cited.bibtex).toContain(`  url = {${link}},`);
    expect(cited.bibtex).toContain('  urldate = {2026-12-02},');
    expect(cited.bibtex.trimEnd().endsWith('}')).toBe(true);
    const lines = cited.ris.trimEnd().split('\r\n');
    expect(lines[0]).toBe('TY  - ELEC');
    expect(lines).toContain(`UR  - ${link}`);
    expect(lines).toContain('ET  - 0.1.0');
    expect(lines).toContain('Y2  - 2026-12-02');
    expect(lines.at(-1)).toBe('ER  -');
  });

  it('escapes hostile facts and links as the evidence exports do', () => {
    const hostile = citeView(
      { ...facts, title: 'A} , note = {owned', author: 'Team\nER  - \nTY  - JOUR' },
      { permalink: `${page}?x={1}\\ y\n`, description: 'a}b\r\nN1  - injected' },
      day,
    );
    // BibTeX: no brace closes a field early, no line adds a field.
    expect(hostile.bibtex).toContain(
      'title = {{A\\textbraceright{} , note = \\textbraceleft{}owned}}',
    );
    expect(hostile.bibtex).toContain(`url = {${page}?x=1y}`);
    const fields = hostile.bibtex.split('\n').filter((l) => /^\s+\w+ = /.test(l));
    expect(fields.map((l) => l.trim().split(' ')[0])).toEqual([
      'author',
      'title',
      'year',
      'version',
      'howpublished',
      'url',
      'urldate',
      'note',
    ]);
    // RIS: one record, every value on its own line.
    const ris = hostile.ris.trimEnd().split('\r\n');
    expect(ris.filter((l) => l.startsWith('TY  -'))).toHaveLength(1);
    expect(ris.filter((l) => l.startsWith('ER  -'))).toHaveLength(1);
    expect(ris.filter((l) => l.startsWith('N1  -'))).toHaveLength(1);
    expect(hostile.text).not.toMatch(/[\r\n]/);
  });
});

describe('the figure’s citation line, wrapped to its width', () => {
  it.each([
    { text: 'short line', max: 40, lines: ['short line'] },
    { text: 'one two three four', max: 9, lines: ['one two ', 'three ', 'four'] },
    {
      text: 'Cite: https://example.org/a-very-long-permalink',
      max: 12,
      lines: ['Cite: ', 'https://exam', 'ple.org/a-ve', 'ry-long-perm', 'alink'],
    },
  ])('$text in $max characters', ({ text, max, lines }) => {
    expect(footLines(text, max)).toEqual(lines);
    expect(footLines(text, max).join('')).toBe(text);
  });
});
