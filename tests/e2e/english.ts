/**
 * Tells English from Spanish for the Spanish-mode walk (spanish.test.ts), three ways, each
 * naming why a text was taken for English:
 *
 * 1. it is (or, for a message of three words or more, contains) an interface message's English
 *    (messages/en.json), with its inputs filled in by anything;
 * 2. it is (or, for three words or more, contains) a content field's English (data/), the
 *    fields the Spanish overlay translates;
 * 3. it holds an English function word that Spanish never uses ("the", "and", "with", …): for
 *    strings built in code that neither list knows.
 *
 * A text that reads the same in both languages (BDNF, "5 min", "Total") is never English by
 * 1 or 2: only messages and fields whose Spanish differs from their English count, and no
 * English that is also some Spanish text. Pure Node: the browser only collects the texts.
 */
import { readFileSync } from 'node:fs';
import { loadDataDir } from '../../scripts/data-files.ts';
import { localize } from '../../src/lib/model/localize.ts';
import { datasetTexts } from '../../src/lib/model/translatable.ts';

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
const words = (text: string) => text.split(' ').filter((w) => /\p{L}/u.test(w)).length;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Function words of English that are not Spanish words (so not "a", "no", "con", "de"…). Latin
 * kept in Spanish ("in vitro", "in silico", "et al.") is removed first.
 */
// Word edges that know accented letters: "así" holds no "as", "período" no "per".
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';
const ENGLISH_WORDS = new RegExp(
  `${EDGE_BEFORE}(the|and|of|with|to|is|are|was|were|from|this|that|which|for|by|after|before|not|only|its|their|been|will|would|could|should|what|when|where|how|than|into|at|on|or|it|be|as|per|your)${EDGE_AFTER}`,
  'iu',
);
const LATIN = new RegExp(
  `${EDGE_BEFORE}(in (vitro|vivo|silico)|et al\\.?|per se)${EDGE_AFTER}`,
  'giu',
);

/**
 * The messages whose Spanish is rightly the same as their English. Any other message whose
 * "Spanish" equals its English was copied, not translated, and counts as English.
 */
const SAME_IN_SPANISH = new Set([
  'stage_receptor',
  'tick_5min',
  'tick_1h',
  'level_in_vitro',
  'level_animal',
  'compare_cell_name',
  'outline_edge',
  'outline_edge_note',
  'url_why_embed',
  'url_why_present',
]);

interface Pattern {
  english: string;
  test: (text: string) => boolean;
  source: string;
}

/**
 * Latin phrases made one word, in the English looked for and in the text tested alike: a
 * Spanish list such as "células, in silico, ratón" is not the English "{count}, in {groups}".
 */
const latinAsOneWord = (text: string) =>
  text.replace(LATIN, (phrase) => phrase.replace(/\s+/g, '_'));

function pattern(raw: string, source: string, template: boolean): Pattern {
  const english = latinAsOneWord(raw);
  const long = words(english.replace(/\{\w+\}/g, '')) >= 3;
  const body = template
    ? english
        .split(/\{\w+\}/)
        .map(escape)
        .join('.+?')
    : escape(english);
  // Short texts ("Less", "Close") count only as the whole text: as parts they are too common.
  const re = long
    ? new RegExp(`${EDGE_BEFORE}${body}${EDGE_AFTER}`, 'u')
    : new RegExp(`^${body}$`, 'u');
  return { english, source, test: (text) => re.test(text) };
}

function readMessages(lang: string): Map<string, string> {
  const json = JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(json).filter(([key]) => key !== '$schema'));
}

export interface EnglishDetector {
  /** Why `text` reads as English, or null when it does not. */
  whyEnglish(text: string): string | null;
  /** How many English interface messages and content texts it looks for. */
  sizes: { messages: number; content: number };
}

export function englishDetector(): EnglishDetector {
  const en = readMessages('en');
  const es = readMessages('es');
  const { dataset, translations } = loadDataDir('data');
  if (!dataset || !translations?.has('es'))
    throw new Error('data/ or its Spanish overlay is invalid');
  const spanishData = localize(dataset, translations.get('es')!.overlay).dataset;
  const englishTexts = datasetTexts(dataset);
  const spanishTexts = datasetTexts(spanishData);

  // A message "translated" by copying its English, and a content field of three words or more
  // likewise: English, whatever the Spanish files say.
  const copied = new Set(
    [...en]
      .filter(([key, text]) => es.get(key) === text && !SAME_IN_SPANISH.has(key))
      .map(([k]) => k),
  );
  const sameField = (i: number) =>
    normal(spanishTexts[i]!.english) === normal(englishTexts[i]!.english);
  const copiedField = (i: number) => sameField(i) && words(normal(englishTexts[i]!.english)) >= 3;
  // Everything Spanish the page may show, so an English text that is also Spanish is not flagged.
  const spanish = new Set(
    [
      ...[...es].filter(([key]) => !copied.has(key)).map(([, text]) => text),
      ...spanishTexts.filter((_, i) => !copiedField(i)).map((t) => t.english),
    ].map(normal),
  );
  const candidates: Pattern[] = [];
  for (const [key, text] of en) {
    const english = normal(text);
    // Inputs match anything; a short message must be the whole text (see `pattern`).
    const usable = /\p{L}{2,}/u.test(english.replace(/\{\w+\}/g, ''));
    const translated = normal(es.get(key) ?? '') !== english;
    if (usable && (translated || copied.has(key)) && !spanish.has(english))
      candidates.push(pattern(english, `message ${key}`, true));
  }
  const messages = candidates.length;
  englishTexts.forEach((t, i) => {
    const english = normal(t.english);
    if (!/\p{L}{2,}/u.test(english) || spanish.has(english)) return;
    if (sameField(i) && !copiedField(i)) return;
    candidates.push(pattern(english, `${t.collection} ${t.record} ${t.path}`, false));
  });

  return {
    sizes: { messages, content: candidates.length - messages },
    whyEnglish(raw) {
      const text = normal(raw);
      const latinJoined = latinAsOneWord(text);
      const found = candidates.find((c) => c.test(latinJoined));
      if (found) return `the English of ${found.source}: "${found.english.slice(0, 60)}"`;
      const word = ENGLISH_WORDS.exec(text.replace(LATIN, ' '));
      return word ? `the English word "${word[0]}"` : null;
    },
  };
}
