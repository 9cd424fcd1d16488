/**
 * Helps a translator keep an overlay in step with the English:
 *
 *   npx tsx scripts/translation.ts todo es nodes    # the fields still to translate, with their English
 *   npx tsx scripts/translation.ts stamp es nodes   # fill in `from` where a translation has none
 *   npx tsx scripts/translation.ts todo es messages # the interface's messages still to translate
 *
 * `todo` prints a JSON object in the overlay's shape, with `en` (the English to translate)
 * and `from` for each missing or stale field. Write the Spanish as `{ "text": "…" }` (or
 * replace `en` by `text` in the todo output) and run `stamp`: it adds the `from` of the
 * current English to every translation that has none, and leaves existing ones untouched
 * (re-read a stale translation against the new English and delete its `from` to re-stamp it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATA_FILES } from '../src/lib/model/schema.ts';
import { textHash } from '../src/lib/model/textHash.ts';
import { recordKey, translatableTexts } from '../src/lib/model/translatable.ts';
import { validateDataset, type Collection } from '../src/lib/model/validate.ts';
import { readDataDir } from './data-files.ts';
import {
  messageCoverage,
  messageCoverageLines,
  messagesFromJson,
  type Messages,
} from '../src/lib/i18n/messageCoverage.ts';

const [command, lang, name] = process.argv.slice(2);

// The interface's words: messages/<lang>.json against messages/en.json. `todo` prints the
// coverage, then the English of every message to write, in the messages file's own shape.
if (command === 'todo' && lang && name === 'messages') {
  const read = (file: string): Messages => {
    try {
      return messagesFromJson(readFileSync(resolve('messages', file), 'utf8'));
    } catch {
      return new Map();
    }
  };
  const english = read('en.json');
  const coverage = messageCoverage(english, read(`${lang}.json`));
  for (const line of messageCoverageLines(`messages/${lang}.json`, coverage)) console.error(line);
  const todo = [...coverage.missing, ...coverage.empty, ...coverage.otherInputs];
  console.log(
    JSON.stringify(Object.fromEntries(todo.map((key) => [key, english.get(key)])), null, 2),
  );
  process.exit(0);
}
const collection = name as Collection;
if (
  !command ||
  !lang ||
  !Object.hasOwn(DATA_FILES, collection) ||
  !/^(todo|stamp)$/.test(command)
) {
  console.error(
    'usage: npx tsx scripts/translation.ts todo|stamp <lang> <collection, e.g. nodes>\n' +
      '       npx tsx scripts/translation.ts todo <lang> messages',
  );
  process.exit(2);
}
const dir = resolve('data');
const { dataset, problems } = validateDataset(readDataDir(dir).raw);
if (!dataset) {
  console.error(`data/ has ${problems.length} problem(s); run npm run check:data`);
  process.exit(1);
}
const path = join(dir, 'i18n', lang, DATA_FILES[collection].file);
let overlay: object = {};
try {
  overlay = JSON.parse(readFileSync(path, 'utf8'));
} catch {
  if (command === 'stamp') throw new Error(`cannot read ${path}`);
}
const fieldsOf = (key: string): object | undefined =>
  Object.hasOwn(overlay, key) ? (Reflect.get(overlay, key) as object) : undefined;

if (command === 'todo') {
  const todo = new Map<string, Map<string, { en: string; from: string }>>();
  for (const record of dataset[collection] as object[]) {
    const key = recordKey(collection, record);
    for (const { path: field, english } of translatableTexts(collection, record)) {
      const from = textHash(english);
      const fields = fieldsOf(key);
      const done = fields && Object.hasOwn(fields, field) ? Reflect.get(fields, field) : undefined;
      if ((done as { from?: string } | undefined)?.from === from) continue;
      if (!todo.has(key)) todo.set(key, new Map());
      todo.get(key)!.set(field, { en: english, from });
    }
  }
  const plain = Object.fromEntries([...todo].map(([k, m]) => [k, Object.fromEntries(m)]));
  console.log(JSON.stringify(plain, null, 2));
} else {
  let stamped = 0;
  const english = new Map(
    (dataset[collection] as object[]).map((record) => [
      recordKey(collection, record),
      new Map(translatableTexts(collection, record).map((t) => [t.path, t.english])),
    ]),
  );
  for (const [key, fields] of Object.entries(overlay)) {
    for (const [field, entry] of Object.entries(fields as object)) {
      const text = english.get(key)?.get(field);
      const { text: translated, from } = entry as { text?: string; from?: string };
      if (text === undefined || translated === undefined) continue;
      // `en` from the todo output is not part of the format; an existing `from` is kept.
      Reflect.set(fields as object, field, { text: translated, from: from ?? textHash(text) });
      if (!from) stamped++;
    }
  }
  writeFileSync(path, `${JSON.stringify(overlay, null, 2)}\n`);
  console.log(`stamped ${stamped} translation(s) in ${path}; now run npm run check:data`);
}
