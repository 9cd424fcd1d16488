import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { __t } from '../../src/lib/i18n/t.ts';

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
});

describe('__t, what each message call becomes in the build', () => {
  it('fills in the inputs of the text the build chose', () => {
    expect(__t('{count} findings', { count: 3 })).toBe('3 findings');
    expect(__t('{count} hallazgos en {species}', { count: 2, species: 'ratón' })).toBe(
      '2 hallazgos en ratón',
    );
    expect(__t('Zoom in')).toBe('Zoom in');
  });
});
