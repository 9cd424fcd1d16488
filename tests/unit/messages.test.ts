import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { __t, useSpanishMessages } from '../../src/lib/i18n/t.ts';
import { RELATIONS, SPECIES } from '../../src/lib/model/schema.ts';
import { LEVEL_LABELS } from '../../src/lib/model/vocabulary.ts';
import { CHANGE_LABELS } from '../../src/lib/model/changes.ts';

const read = (lang: string) =>
  new Map(
    Object.entries(
      JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as { [key: string]: string },
    ).filter(([key]) => key !== '$schema'),
  );
const en = read('en');
const es = read('es');
const inputs = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the interface messages', () => {
  it('has a Spanish text for every English one, and no other', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each([...en])('%s takes the same inputs in Spanish', (key, text) => {
    expect(inputs(es.get(key)!)).toEqual(inputs(text));
    expect(es.get(key)!.trim()).not.toBe('');
  });

  it.each(RELATIONS)('names the relation %s, by its id (edgeEvidence.ts)', (relation) =>
    expect(en.get(`relation_${relation}`)).toBe(relation),
  );

  // Labels kept in tables the first view shares are looked up by their English (t.ts).
  it.each([
    ...Object.values(LEVEL_LABELS),
    ...Object.values(CHANGE_LABELS),
    ...SPECIES,
    'against',
    'mixed',
  ])('has a message whose English is %j', (text) => expect([...en.values()]).toContain(text));
});

describe('__t, what each message call becomes in the build', () => {
  it('fills in the English, then speaks Spanish once given it', () => {
    expect(__t('{count} findings', { count: 3 })).toBe('3 findings');
    expect(__t('Zoom in')).toBe('Zoom in');
    useSpanishMessages(
      new Map([['{count} findings', (i) => `${String(Reflect.get(i ?? {}, 'count'))} hallazgos`]]),
    );
    expect(__t('{count} findings', { count: 3 })).toBe('3 hallazgos');
  });
});
