/**
 * How much of the interface a language's messages cover (messages/<lang>.json against
 * messages/en.json), for `npm run check:data` and `scripts/translation.ts`. A message counts
 * as translated when it has a non-empty text taking the same inputs as the English; one with
 * other inputs was most likely written for an older English. Pure.
 */
export interface MessageCoverage {
  /** Messages in English (the `$schema` entry is not one). */
  total: number;
  translated: number;
  /** Keys with no text in the language. */
  missing: string[];
  /** Keys whose text is empty. */
  empty: string[];
  /** Keys whose text takes other inputs (`{count}`, …) than the English. */
  otherInputs: string[];
  /** Keys the English does not have: left over from a removed message. */
  unknown: string[];
}

/** A messages file as read: each key with its text (`$schema` included, and left out here). */
export type Messages = ReadonlyMap<string, unknown>;

/** messages/<lang>.json's text as a Map (an object's lookups would find inherited keys). */
export const messagesFromJson = (json: string): Messages =>
  new Map(Object.entries(JSON.parse(json) as object));

const inputsOf = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort().join(',');

export function messageCoverage(english: Messages, translated: Messages): MessageCoverage {
  const keys = (messages: Messages) => [...messages.keys()].filter((key) => key !== '$schema');
  const coverage: MessageCoverage = {
    total: 0,
    translated: 0,
    missing: [],
    empty: [],
    otherInputs: [],
    unknown: keys(translated).filter((key) => !english.has(key)),
  };
  for (const key of keys(english)) {
    coverage.total++;
    const text = translated.get(key);
    if (typeof text !== 'string') coverage.missing.push(key);
    else if (text.trim() === '') coverage.empty.push(key);
    else if (inputsOf(text) !== inputsOf(String(english.get(key)))) coverage.otherInputs.push(key);
    else coverage.translated++;
  }
  return coverage;
}

/** `interface messages (messages/es.json): 100% (310 of 310 messages)`, then one line per gap. */
export function messageCoverageLines(file: string, coverage: MessageCoverage): string[] {
  const { total, translated } = coverage;
  const percent = total === 0 ? 100 : Math.floor((translated / total) * 1000) / 10;
  const gaps = total - translated;
  return [
    `interface messages (${file}): ${percent}% (${translated} of ${total} messages${gaps ? `; ${gaps} to do` : ''})`,
    ...coverage.missing.map((key) => `  ${file} › ${key}: missing`),
    ...coverage.empty.map((key) => `  ${file} › ${key}: empty`),
    ...coverage.otherInputs.map(
      (key) =>
        `  ${file} › ${key}: takes other inputs than the English (written for an older text?)`,
    ),
    ...coverage.unknown.map((key) => `  ${file} › ${key}: no such message in messages/en.json`),
  ];
}
