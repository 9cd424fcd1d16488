/**
 * Validates one language's content overlay (`data/i18n/<lang>/<file>.json`) against the
 * English data. An overlay file maps a record key (see `recordKey`) to its translated
 * fields, each `{ text, from }`, where `from` is `textHash` of the English it translates.
 *
 * Malformed files, unknown records and fields that are not translatable are problems (the
 * check fails); missing and stale translations (the English changed after the translation
 * was written) are counted in the coverage, named field by field.
 */
import * as v from 'valibot';
import { DATA_FILES, plainText, type Dataset } from './schema.ts';
import { textHash } from './textHash.ts';
import { TRANSLATABLE, isTranslatablePath, recordKey, translatableTexts } from './translatable.ts';
import type { Problem } from './problem.ts';
import { describeIssue, type Collection } from './validate.ts';

export const TranslationSchema = v.strictObject({
  text: plainText,
  from: v.pipe(
    v.string(),
    v.regex(/^[0-9a-f]{12}$/, "must be the first 12 hex digits of the English text's SHA-256"),
  ),
});
export type Translation = v.InferOutput<typeof TranslationSchema>;

/** Record key → field path → translation. */
export type OverlayFile = Map<string, Map<string, Translation>>;
/** One language's translations, by collection. */
export type Overlay = Map<Collection, OverlayFile>;

export interface FieldRef {
  record: string;
  path: string;
}

export interface FileCoverage {
  collection: Collection;
  /** Relative to `data/`, e.g. `i18n/es/nodes.json`. */
  file: string;
  /** Translatable fields in the English data. */
  total: number;
  /** Fields with a translation of the current English. */
  fresh: number;
  missing: FieldRef[];
  /** Translated from an English text that has changed since. */
  stale: FieldRef[];
}

function overlayPath(lang: string, collection: Collection): string {
  return `i18n/${lang}/${DATA_FILES[collection].file}`;
}

const COLLECTION_OF_FILE = new Map(
  (Object.entries(DATA_FILES) as [Collection, { file: string }][]).map(([c, { file }]) => [
    file,
    c,
  ]),
);

const isPlainObject = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The English text of every translatable field, by record key, then path. */
function englishIndex(dataset: Dataset, collection: Collection): Map<string, Map<string, string>> {
  return new Map(
    (dataset[collection] as object[]).map((record) => [
      recordKey(collection, record),
      new Map(translatableTexts(collection, record).map((t) => [t.path, t.english])),
    ]),
  );
}

/** Parses one overlay file's JSON value into its translations, reporting every fault. */
function parseOverlayFile(
  value: unknown,
  file: string,
  collection: Collection,
  english: Map<string, Map<string, string>>,
  problems: Problem[],
): OverlayFile {
  const parsed: OverlayFile = new Map();
  const report = (record: string, message: string) => problems.push({ file, record, message });
  if (!isPlainObject(value)) {
    report('file', 'must be a JSON object keyed by record id');
    return parsed;
  }
  const source = `data/${DATA_FILES[collection].file}`;
  for (const [key, fields] of Object.entries(value)) {
    const record = `"${key}"`;
    const texts = english.get(key);
    if (!texts) {
      report(record, `unknown record: no record "${key}" in ${source}`);
      continue;
    }
    if (!isPlainObject(fields)) {
      report(record, 'must be an object keyed by field path');
      continue;
    }
    const translations = new Map<string, Translation>();
    for (const [path, entry] of Object.entries(fields)) {
      if (!isTranslatablePath(collection, path)) {
        report(
          record,
          `${path}: not a translatable field (translatable: ${TRANSLATABLE[collection].join(', ')})`,
        );
        continue;
      }
      if (!texts.has(path)) {
        report(record, `${path}: the English record has no such field`);
        continue;
      }
      if (!isPlainObject(entry)) {
        report(record, `${path}: must be { "text": "…", "from": "…" }`);
        continue;
      }
      const result = v.safeParse(TranslationSchema, entry);
      if (!result.success) {
        for (const issue of result.issues) report(record, `${path}: ${describeIssue(issue)}`);
        continue;
      }
      translations.set(path, result.output);
    }
    parsed.set(key, translations);
  }
  return parsed;
}

/**
 * Checks one language's overlay files (file name → parsed JSON) against the validated
 * English dataset: the overlay of every well-formed translation, the problems, and the
 * coverage of every data file (a file without an overlay counts as untranslated).
 */
export function validateOverlay(
  dataset: Dataset,
  lang: string,
  files: Map<string, unknown>,
): { overlay: Overlay; problems: Problem[]; coverage: FileCoverage[] } {
  const problems: Problem[] = [];
  const overlay: Overlay = new Map();
  for (const [name, value] of files) {
    const collection = COLLECTION_OF_FILE.get(name);
    if (!collection) {
      problems.push({
        file: `i18n/${lang}/${name}`,
        record: 'file',
        message: 'not the name of a data file (an overlay is named after the file it translates)',
      });
      continue;
    }
    const english = englishIndex(dataset, collection);
    const file = overlayPath(lang, collection);
    overlay.set(collection, parseOverlayFile(value, file, collection, english, problems));
  }
  const coverage = (Object.keys(DATA_FILES) as Collection[]).map((collection) =>
    fileCoverage(dataset, lang, collection, overlay.get(collection)),
  );
  return { overlay, problems, coverage };
}

function fileCoverage(
  dataset: Dataset,
  lang: string,
  collection: Collection,
  translations: OverlayFile | undefined,
): FileCoverage {
  const coverage: FileCoverage = {
    collection,
    file: overlayPath(lang, collection),
    total: 0,
    fresh: 0,
    missing: [],
    stale: [],
  };
  for (const record of dataset[collection] as object[]) {
    const key = recordKey(collection, record);
    for (const { path, english } of translatableTexts(collection, record)) {
      coverage.total++;
      const translation = translations?.get(key)?.get(path);
      if (!translation) coverage.missing.push({ record: key, path });
      else if (translation.from !== textHash(english)) coverage.stale.push({ record: key, path });
      else coverage.fresh++;
    }
  }
  return coverage;
}

/** The share of fields translated from the current English, as a percentage rounded down to 0.1. */
export function coveragePercent({ fresh, total }: { fresh: number; total: number }): number {
  return total === 0 ? 100 : Math.floor((fresh / total) * 1000) / 10;
}

/** Totals over several files. */
export function totalCoverage(files: FileCoverage[]): {
  total: number;
  fresh: number;
  missing: number;
  stale: number;
} {
  return files.reduce(
    (sum, f) => ({
      total: sum.total + f.total,
      fresh: sum.fresh + f.fresh,
      missing: sum.missing + f.missing.length,
      stale: sum.stale + f.stale.length,
    }),
    { total: 0, fresh: 0, missing: 0, stale: 0 },
  );
}
