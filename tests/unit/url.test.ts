import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  encodeUrlState,
  formatDuration,
  parseDay,
  parseDuration,
  parseUrlState,
  type UrlState,
} from '../../src/lib/state/url.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { minimalData } from '../fixtures/minimal.ts';
import { prototypeQueries } from '../fixtures/prototypeKeys.ts';

const data = validateDataset(minimalData()).dataset!;
const parse = (search: string) => parseUrlState(search, data, 1);

describe('durations', () => {
  it.each([
    ['30m', 0.5],
    ['90m', 1.5],
    ['24h', 24],
    ['6', 6],
    ['3d', 72],
    ['2w', 336],
    ['1.5h', 1.5],
  ])('%s is %d hours', (text, hours) => expect(parseDuration(text)).toBe(hours));

  it.each(['', 'h', '-2h', '2y', '24 hours', '1e3h', 'NaN'])('rejects %j', (text) =>
    expect(parseDuration(text)).toBeNull(),
  );

  it.each([
    [0.5, '30m'],
    [1.5, '90m'],
    [6, '6h'],
    [24, '1d'],
    [72, '3d'],
    [336, '2w'],
  ])('%d hours is written %s', (hours, text) => expect(formatDuration(hours)).toBe(text));
});

describe('parseUrlState', () => {
  it('reads the documented example', () => {
    const { state, notices } = parse(
      '?compound=psilocybin&focus=node:glutamate&t=24h&view=diagram,table&theme=projector&embed=1',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      compound: 'psilocybin',
      focus: { kind: 'node', id: 'glutamate' },
      t: 24,
      views: ['diagram', 'table'],
      evidence: 'all',
      theme: 'projector',
      embed: true,
      step: null,
      present: null,
      since: null,
      lang: null,
    });
  });

  it('reads a presenter link with its speaker view', () => {
    const { state, notices } = parse('?theme=projector&step=1&present=notes');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ step: 1, present: 'notes', theme: 'projector' });
  });

  // One rule: a tour step sets the compound, selection and time, so a link that also names
  // them would open differently from what it says. The step wins, and the notice says so.
  it.each([
    ['compound=psilocybin&step=1', 'Ignored compound="psilocybin": tour step 1 sets it.'],
    ['step=1&focus=node:glutamate', 'Ignored focus="node:glutamate": tour step 1 sets it.'],
    ['t=2h&step=1', 'Ignored t="2h": tour step 1 sets it.'],
  ])('a step wins over %s', (search, notice) => {
    const { state, notices } = parse(`?${search}`);
    expect(notices).toEqual([notice]);
    expect(state).toEqual({ ...DEFAULT_STATE, step: 1 });
  });

  it.each([
    ['compound=lsdx', 'Ignored compound="lsdx": unknown compound.'],
    ['focus=node:nothing', 'Ignored focus="node:nothing"'],
    ['focus=planet:bdnf', 'Ignored focus="planet:bdnf"'],
    ['t=soon', 'Ignored t="soon"'],
    ['view=map', 'Ignored view="map"'],
    ['theme=neon', 'Ignored theme="neon"'],
    ['embed=yes', 'Ignored embed="yes"'],
    ['step=0', 'Ignored step="0": steps run from 1 to 1.'],
    ['step=2', 'Ignored step="2"'],
    ['step=1.5', 'Ignored step="1.5"'],
    ['present=slides', 'Ignored present="slides": use present=notes.'],
    [
      'evidence=mice',
      'Ignored evidence="mice": use evidence=human, or evidence=all for every species.',
    ],
    ['evidence=Human', 'Ignored evidence="Human"'],
    ['since=yesterday', 'Ignored since="yesterday": expected a date such as 2026-11-01.'],
    ['since=2026-02-30', 'Ignored since="2026-02-30"'],
    ['since=2026-13-01', 'Ignored since="2026-13-01"'],
    ['since=26-11-01', 'Ignored since="26-11-01"'],
    ['since=2026-11-1', 'Ignored since="2026-11-1"'],
  ])('drops %s with a notice and keeps the default', (search, notice) => {
    const { state, notices } = parse(`?${search}`);
    expect(notices.join(' ')).toContain(notice);
    expect(state).toEqual(DEFAULT_STATE);
  });

  it('keeps the good parts of a partly bad view list', () => {
    const { state, notices } = parse('?view=table,map');
    expect(state.views).toEqual(['table']);
    expect(notices).toHaveLength(1);
  });

  it('shortens very long values in its notices', () => {
    const { notices } = parse(`?compound=${'x'.repeat(500)}`);
    expect(notices[0]!.length).toBeLessThan(120);
  });

  // `?focus=__proto__` once threw "some is not a function": a lookup found an inherited key.
  it.each(prototypeQueries())('ignores %s, a name every object inherits', (query) => {
    const { state, notices } = parse(query);
    expect(state).toEqual(DEFAULT_STATE);
    expect(notices).toHaveLength(1);
  });

  it('never throws, whatever the query (seeded random inputs)', () => {
    let seed = 20261122;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789:,.%&=?-_ <>"\'\\/é🙂';
    const noise = () =>
      Array.from(
        { length: Math.floor(random() * 12) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
    const names = [
      'compound',
      'focus',
      't',
      'view',
      'theme',
      'embed',
      'step',
      'present',
      'since',
      'evidence',
      'other',
    ];
    for (let i = 0; i < 500; i++) {
      const query = names.map((n) => `${random() < 0.5 ? n : noise()}=${noise()}`).join('&');
      const { state } = parse(`?${query}`);
      expect(state.views.length).toBeGreaterThan(0);
      expect(state.compound === null || data.compounds.some((c) => c.id === state.compound)).toBe(
        true,
      );
    }
  });
});

describe('evidence', () => {
  it('reads the human-evidence lens, takes evidence=all as the default, and writes only the lens', () => {
    expect(parse('?evidence=human').state.evidence).toBe('human');
    const all = parse('?evidence=all');
    expect(all.notices).toEqual([]);
    expect(all.state).toEqual(DEFAULT_STATE);
    expect(encodeUrlState(all.state)).toBe('');
    expect(encodeUrlState({ ...DEFAULT_STATE, compound: 'lsd', evidence: 'human' })).toBe(
      '?compound=lsd&evidence=human',
    );
  });
});

describe('since', () => {
  it.each([
    ['2026-11-01', '2026-11-01'],
    ['2024-02-29', '2024-02-29'],
    [' 2026-11-01 ', '2026-11-01'],
    ['2025-02-29', null],
    ['2026-04-31', null],
    ['2026-11-01T00:00', null],
    ['', null],
  ])('%j is the day %j', (text, day) => expect(parseDay(text)).toBe(day));

  it('reads a since date beside the other settings, and keeps it through a tour step', () => {
    const { state, notices } = parse('?compound=psilocybin&since=2026-11-01');
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ compound: 'psilocybin', since: '2026-11-01' });
    expect(parse('?step=1&since=2026-11-01').state).toMatchObject({ step: 1, since: '2026-11-01' });
  });
});

describe('lang', () => {
  it.each([
    ['?lang=es', 'es', []],
    ['?lang=en&compound=psilocybin', 'en', []],
    ['?lang=fr', null, ['Ignored lang="fr": languages are en, es.']],
    ['?lang=ES', null, ['Ignored lang="ES": languages are en, es.']],
    ['?lang=', null, ['Ignored lang="": languages are en, es.']],
  ])('%s → %s', (search, lang, notices) => {
    const parsed = parse(search);
    expect(parsed.state.lang).toBe(lang);
    expect(parsed.notices).toEqual(notices);
  });

  it('keeps the language in the link, through a tour step', () => {
    expect(encodeUrlState({ ...DEFAULT_STATE, compound: 'psilocybin', lang: 'es' })).toBe(
      '?compound=psilocybin&lang=es',
    );
    expect(encodeUrlState({ ...DEFAULT_STATE, compound: 'psilocybin', step: 1, lang: 'es' })).toBe(
      '?step=1&lang=es',
    );
  });
});

describe('encodeUrlState', () => {
  const cases: UrlState[] = [
    DEFAULT_STATE,
    { ...DEFAULT_STATE, compound: 'psilocybin' },
    { ...DEFAULT_STATE, focus: { kind: 'edge', id: '5ht2a-glutamate' }, t: 0.5 },
    { ...DEFAULT_STATE, views: ['timeline'], theme: 'dark', embed: true, step: 1 },
    { ...DEFAULT_STATE, step: 1, present: 'notes' },
    { ...DEFAULT_STATE, since: '2026-11-01' },
    { ...DEFAULT_STATE, evidence: 'human' },
    { ...DEFAULT_STATE, lang: 'es' },
    { ...DEFAULT_STATE, lang: 'en', step: 1, present: 'notes' },
    { ...DEFAULT_STATE, evidence: 'human', views: ['table'], embed: true, step: 1 },
    { ...DEFAULT_STATE, compound: 'psilocybin', since: '2024-02-29', embed: true },
    {
      ...DEFAULT_STATE,
      compound: 'psilocybin',
      focus: { kind: 'event', id: 'psilocybin-acute' },
      t: 336,
    },
  ];

  it.each(cases)('round-trips %j', (state) => {
    const { state: back, notices } = parse(encodeUrlState(state));
    expect(notices).toEqual([]);
    expect(back).toEqual(state);
  });

  it('writes readable links and leaves defaults out', () => {
    expect(encodeUrlState(DEFAULT_STATE)).toBe('');
    expect(
      encodeUrlState({
        ...DEFAULT_STATE,
        compound: 'psilocybin',
        focus: { kind: 'node', id: 'glutamate' },
        t: 24,
      }),
    ).toBe('?compound=psilocybin&focus=node:glutamate&t=1d');
  });

  it('names only the step during the tour, since the step sets the rest', () => {
    expect(
      encodeUrlState({
        ...DEFAULT_STATE,
        compound: 'psilocybin',
        focus: { kind: 'node', id: 'glutamate' },
        t: 24,
        step: 1,
      }),
    ).toBe('?step=1');
  });
});
