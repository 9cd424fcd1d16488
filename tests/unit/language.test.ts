import { describe, expect, it } from 'vitest';
import { addressInLanguage, chooseLanguage } from '../../src/lib/i18n/language.ts';

describe('chooseLanguage: the link, then the page, then the browser, then English', () => {
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
  ])(
    'on the English page, lang=$param with $preferred → $expected',
    ({ param, preferred, expected }) =>
      expect(chooseLanguage(param, preferred, 'en')).toBe(expected),
  );

  it.each([
    { param: null, preferred: ['en-US'], expected: 'es' },
    { param: 'fr', preferred: ['en'], expected: 'es' },
    { param: 'en', preferred: ['es'], expected: 'en' },
  ])(
    'on the Spanish page, lang=$param with $preferred → $expected',
    ({ param, preferred, expected }) =>
      expect(chooseLanguage(param, preferred, 'es')).toBe(expected),
  );
});

describe("addressInLanguage: the same view on the other language's page", () => {
  it.each([
    ['https://a.org/', 'en', 'es', 'https://a.org/es/'],
    ['https://a.org/index.html?lang=es#x', 'en', 'es', 'https://a.org/es/index.html?lang=es#x'],
    [
      'https://a.org/tools/pw/?focus=node:bdnf&lang=es',
      'en',
      'es',
      'https://a.org/tools/pw/es/?focus=node:bdnf&lang=es',
    ],
    ['https://a.org/tools/pw/es/?lang=en', 'es', 'en', 'https://a.org/tools/pw/?lang=en'],
    [
      'http://127.0.0.1:4173/es/index.html?lang=en&theme=dark',
      'es',
      'en',
      'http://127.0.0.1:4173/index.html?lang=en&theme=dark',
    ],
  ] as const)('%s (%s) → %s: %s', (address, page, lang, expected) =>
    expect(addressInLanguage(address, page, lang)).toBe(expected),
  );
});
