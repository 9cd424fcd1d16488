import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  messageCoverage,
  messageCoverageLines,
  messagesFromJson,
} from '../../src/lib/i18n/messageCoverage.ts';

const english = new Map(
  Object.entries({ $schema: 'x', hello: 'Hello', count: '{count} findings', bye: 'Bye' }),
);

describe('messageCoverage, the interface half of the translation report', () => {
  it.each([
    {
      what: 'a complete translation',
      es: { hello: 'Hola', count: '{count} hallazgos', bye: 'Adiós' },
      expected: {
        translated: 3,
        missing: [],
        empty: [],
        otherInputs: [],
        unknown: [],
      },
    },
    {
      what: 'a missing, an empty and a stale message',
      es: { hello: '  ', count: '{n} hallazgos' },
      expected: {
        translated: 0,
        missing: ['bye'],
        empty: ['hello'],
        otherInputs: ['count'],
        unknown: [],
      },
    },
    {
      what: 'a message English no longer has',
      es: { hello: 'Hola', count: '{count} hallazgos', bye: 'Adiós', gone: 'Ya no' },
      expected: {
        translated: 3,
        missing: [],
        empty: [],
        otherInputs: [],
        unknown: ['gone'],
      },
    },
  ])('counts $what', ({ es, expected }) => {
    expect(messageCoverage(english, new Map(Object.entries(es)))).toEqual({
      total: 3,
      ...expected,
    });
  });

  it('names each gap on its own line, after the percentage', () => {
    const lines = messageCoverageLines(
      'messages/es.json',
      messageCoverage(english, new Map([['hello', 'Hola']])),
    );
    expect(lines[0]).toBe(
      'interface messages (messages/es.json): 33.3% (1 of 3 messages; 2 to do)',
    );
    expect(lines.slice(1)).toEqual([
      '  messages/es.json › count: missing',
      '  messages/es.json › bye: missing',
    ]);
  });

  it('finds the Spanish interface complete', () => {
    const read = (lang: string) => messagesFromJson(readFileSync(`messages/${lang}.json`, 'utf8'));
    const coverage = messageCoverage(read('en'), read('es'));
    expect(coverage.translated).toBe(coverage.total);
    expect(coverage.unknown).toEqual([]);
  });
});
