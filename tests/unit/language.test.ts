import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/lib/i18n/language.ts';

describe('chooseLanguage: the link, then the browser, then English', () => {
  it.each([
    { param: 'es', preferred: ['en-US'], expected: 'es' },
    { param: 'en', preferred: ['es-ES', 'es'], expected: 'en' },
    { param: null, preferred: ['es-MX', 'en'], expected: 'es' },
    { param: null, preferred: ['ES'], expected: 'es' },
    { param: null, preferred: ['de-DE', 'es-AR', 'en'], expected: 'es' },
    { param: null, preferred: ['fr-FR', 'de'], expected: 'en' },
    { param: null, preferred: [], expected: 'en' },
    // A malformed parameter is passed over (url.ts reports it), and the browser decides.
    { param: 'fr', preferred: ['es'], expected: 'es' },
    { param: 'ES', preferred: [], expected: 'en' },
  ])('lang=$param with $preferred → $expected', ({ param, preferred, expected }) =>
    expect(chooseLanguage(param, preferred)).toBe(expected),
  );
});
