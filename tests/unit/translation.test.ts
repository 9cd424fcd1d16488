import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../scripts/data-files.ts';
import { fieldKey, localize } from '../../src/lib/model/localize.ts';
import { coveragePercent, validateOverlay, type Overlay } from '../../src/lib/model/overlay.ts';
import type { Dataset } from '../../src/lib/model/schema.ts';
import { textHash } from '../../src/lib/model/textHash.ts';
import {
  datasetTexts,
  isTranslatablePath,
  recordKey,
  translatableTexts,
} from '../../src/lib/model/translatable.ts';
import { formatProblem } from '../../src/lib/model/problem.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { brokenOverlayCases, GOOD } from '../fixtures/brokenOverlay.ts';
import { minimalData } from '../fixtures/minimal.ts';
import { realData } from './realData.ts';

const fixture = (): Dataset => validateDataset(minimalData()).dataset!;

describe('textHash', () => {
  const cases = [
    '',
    'Where psilocin binds.',
    'factor neurotrófico — 5-HT2A, 10 µg/kg',
    '😀'.repeat(40),
  ];
  for (const text of cases) {
    it(`is the first 12 hex digits of SHA-256 of ${JSON.stringify(text.slice(0, 20))}`, () => {
      expect(textHash(text)).toBe(createHash('sha256').update(text).digest('hex').slice(0, 12));
    });
  }
});

describe('translatableTexts', () => {
  const data = fixture();
  const cases: {
    name: string;
    collection: Parameters<typeof translatableTexts>[0];
    record: object;
    paths: string[];
  }[] = [
    {
      name: 'a node: labels, explanation and key number, not ids or enums',
      collection: 'nodes',
      record: data.nodes[1]!,
      paths: ['label', 'short', 'explanation', 'keyNumber.text'],
    },
    {
      name: 'a question: each paragraph and link label by index',
      collection: 'questions',
      record: data.questions[0]!,
      paths: ['question', 'answer.0.text', 'answer.1.text', 'showMe.0.label'],
    },
    {
      name: 'a study: model, design and certainty note, never title, authors or journal',
      collection: 'studies',
      record: data.studies[1]!,
      paths: ['model', 'design', 'certainty.note'],
    },
    {
      name: 'a compound with popular claims',
      collection: 'compounds',
      record: {
        ...data.compounds[0]!,
        includes: ['psilocin'],
        popularClaims: [{ claim: 'Regrows the brain.', actually: 'Mice.' }],
      },
      paths: [
        'name',
        'includes.0',
        'class',
        'regulatory.summary',
        'popularClaims.0.claim',
        'popularClaims.0.actually',
      ],
    },
  ];
  for (const { name, collection, record, paths } of cases) {
    it(name, () => {
      expect(translatableTexts(collection, record).map((t) => t.path)).toEqual(paths);
    });
  }

  it('keys interface records by kind and id, comparison cells by compound and dimension', () => {
    expect(recordKey('interface', { kind: 'dimension', id: 'structural' })).toBe(
      'dimension:structural',
    );
    expect(recordKey('comparison', data.comparison[0]!)).toBe('psilocybin:entry');
    expect(recordKey('nodes', data.nodes[0]!)).toBe('5ht2a');
  });

  it('reads numbered paths only as array indexes', () => {
    expect(isTranslatablePath('questions', 'answer.12.text')).toBe(true);
    expect(isTranslatablePath('questions', 'answer.01.text')).toBe(false);
    expect(isTranslatablePath('questions', 'answer.x.text')).toBe(false);
    expect(isTranslatablePath('nodes', 'id')).toBe(false);
  });

  // A new prose field must be added to TRANSLATABLE, or here if it stays as written.
  const KEPT = [
    /^(id|kind|level|from|to|relation|status|compound|dimension|evidence|topic|type|date|asOf|checked|reviewed|entry|sourceType|direction|study|doi|pmid|focus|species|stage)$/,
    /^(authors|title|journal|citation|publisher|identifier)$/,
    /(^|\.)(nodes|edges|events|findings|compounds|documents|regulatory|safety|frame|ids|species|phases)\.\d+$/,
    /^(keyNumber\.finding|showMe(\.\d+)?\.(compound|focus)|regulatory\.(sourceType|asOf|checked|certainty\.level)|certainty\.level|sides\.\d+\.findings\.\d+|answer\.\d+\.(findings|regulatory|safety)\.\d+|supports\.(nodes|edges|events)\.\d+)$/,
    /^measured\.\d+\.((steps|compounds)\.\d+|during)$/,
  ];
  it('classes every text field of the real data as translatable or kept as written', () => {
    const data = realData();
    const unclassed = new Set<string>();
    for (const collection of Object.keys(data) as (keyof Dataset)[]) {
      const translatable = new Set(
        datasetTexts(data)
          .filter((t) => t.collection === collection)
          .map((t) => `${t.record} ${t.path}`),
      );
      const walk = (value: unknown, path: string[], key: string) => {
        if (typeof value === 'string') {
          const p = path.join('.');
          if (!translatable.has(`${key} ${p}`) && !KEPT.some((re) => re.test(p)))
            unclassed.add(`${collection}: ${p.replace(/\.\d+/g, '.*')}`);
        } else if (value && typeof value === 'object')
          for (const [k, v] of Object.entries(value)) walk(v, [...path, k], key);
      };
      for (const record of data[collection]) walk(record, [], recordKey(collection, record));
    }
    expect([...unclassed]).toEqual([]);
  });
});

describe('validateOverlay', () => {
  const data = fixture();

  it('accepts a well-formed overlay and counts its coverage', () => {
    const { problems, coverage } = validateOverlay(
      data,
      'es',
      new Map([['nodes.json', { '5ht2a': { explanation: GOOD } }]]),
    );
    expect(problems).toEqual([]);
    const nodes = coverage.find((f) => f.collection === 'nodes')!;
    // 5ht2a: label, short, explanation; glutamate: label, short, explanation, keyNumber.text.
    expect(nodes).toMatchObject({ file: 'i18n/es/nodes.json', total: 7, fresh: 1, stale: [] });
    expect(nodes.missing).toContainEqual({ record: 'glutamate', path: 'keyNumber.text' });
    expect(coveragePercent(nodes)).toBe(14.2);
  });

  it('names a translation whose English changed since as stale, not fresh', () => {
    const stale = { text: 'Donde se une.', from: textHash('Where psilocin used to bind.') };
    const { problems, coverage } = validateOverlay(
      data,
      'es',
      new Map([['nodes.json', { '5ht2a': { explanation: stale } }]]),
    );
    expect(problems).toEqual([]);
    const nodes = coverage.find((f) => f.collection === 'nodes')!;
    expect(nodes.fresh).toBe(0);
    expect(nodes.stale).toEqual([{ record: '5ht2a', path: 'explanation' }]);
  });

  it('reports every data file, untranslated where there is no overlay', () => {
    const { coverage } = validateOverlay(data, 'es', new Map());
    expect(coverage.map((f) => f.file)).toContain('i18n/es/safety.json');
    expect(coverage.every((f) => f.fresh === 0 && f.missing.length === f.total)).toBe(true);
  });

  for (const { name, files, expected } of brokenOverlayCases) {
    it(`rejects ${name} by name`, () => {
      const { problems } = validateOverlay(data, 'es', files);
      expect(problems.map(formatProblem).join('\n')).toContain(expected);
    });
  }
});

describe('loadDataDir with overlays', () => {
  const dir = mkdtempSync(join(tmpdir(), 'overlay-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses the data, naming the file, when an overlay is broken', () => {
    cpSync('data', dir, { recursive: true });
    mkdirSync(join(dir, 'i18n', 'es'), { recursive: true });
    writeFileSync(
      join(dir, 'i18n', 'es', 'nodes.json'),
      '{"bdnf": {"level": {"text": "x", "from": "000000000000"}}}',
    );
    writeFileSync(join(dir, 'i18n', 'es', 'safety.json'), '{"oops"');
    const { dataset, problems } = loadDataDir(dir);
    expect(dataset).toBeUndefined();
    const messages = problems.map(formatProblem).join('\n');
    expect(messages).toContain(
      'data/i18n/es/nodes.json › "bdnf" › level: not a translatable field',
    );
    expect(messages).toContain('data/i18n/es/safety.json › file › not valid JSON');
  });

  it('loads the real overlays without problems', () => {
    const { problems, translations } = loadDataDir('data');
    expect(problems.map(formatProblem)).toEqual([]);
    for (const { coverage } of translations?.values() ?? []) expect(coverage).toHaveLength(16);
  });
});

describe('localize', () => {
  const data = fixture();
  const explanation = {
    text: 'Donde se une la psilocina.',
    from: textHash('Where psilocin binds.'),
  };
  const staleLabel = { text: 'Receptor 5-HT2A', from: textHash('The 5-HT2A receptor') };
  const overlay: Overlay = new Map([
    [
      'nodes',
      new Map([
        [
          '5ht2a',
          new Map([
            ['explanation', explanation],
            ['label', staleLabel],
          ]),
        ],
      ]),
    ],
    [
      'questions',
      new Map([
        [
          'why',
          new Map([
            [
              'answer.1.text',
              {
                text: 'La psilocibina no está aprobada.',
                from: textHash('Psilocybin is not approved.'),
              },
            ],
          ]),
        ],
      ]),
    ],
    [
      'interface',
      new Map([
        [
          'dimension:structural',
          new Map([['name', { text: 'estructura', from: textHash('structural') }]]),
        ],
      ]),
    ],
  ]);
  const { dataset, english } = localize(data, overlay);

  it('shows a fresh translation in place of the English', () => {
    expect(dataset.nodes[0]!.explanation).toBe('Donde se une la psilocina.');
    expect(dataset.questions[0]!.answer[1]!.text).toBe('La psilocibina no está aprobada.');
    expect(dataset.questions[0]!.answer[1]!.regulatory).toEqual(['psilocybin']);
    const structural = dataset.interface.filter((t) => t.id === 'structural');
    expect(structural.map((t) => ('name' in t ? t.name : ''))).toEqual([
      'structural',
      'estructura',
    ]);
  });

  it('keeps the English of stale and missing translations and lists them', () => {
    expect(dataset.nodes[0]!.label).toBe('5-HT2A receptor');
    expect(english.has(fieldKey('nodes', '5ht2a', 'label'))).toBe(true);
    expect(english.has(fieldKey('questions', 'why', 'answer.0.text'))).toBe(true);
    expect(english.has(fieldKey('nodes', '5ht2a', 'explanation'))).toBe(false);
    expect(english.has(fieldKey('interface', 'level:structural', 'name'))).toBe(true);
  });

  it('lists every translatable field not translated, and nothing else', () => {
    expect(english.size).toBe(datasetTexts(data).length - 3);
  });

  it('leaves the English dataset unchanged', () => {
    expect(data.nodes[0]!.explanation).toBe('Where psilocin binds.');
    expect(data.questions[0]!.answer[1]!.text).toBe('Psilocybin is not approved.');
    expect(dataset.edges[0]).toBe(data.edges[0]);
  });
});
