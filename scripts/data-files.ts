/** Reads `data/*.json` and the language overlays `data/i18n/<lang>/*.json` from disk for the build and `npm run check:data`. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateOverlay, type FileCoverage, type Overlay } from '../src/lib/model/overlay.ts';
import { DATA_FILES, type Dataset } from '../src/lib/model/schema.ts';
import type { Problem } from '../src/lib/model/problem.ts';
import { validateDataset, type RawData, type Collection } from '../src/lib/model/validate.ts';

function readJson(path: string, file: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({
      file,
      record: 'file',
      message: `not valid JSON: ${(error as Error).message}`,
    });
    return undefined;
  }
}

export function readDataDir(dir: string): { raw: RawData; problems: Problem[] } {
  const raw: RawData = {};
  const problems: Problem[] = [];
  for (const [collection, { file }] of Object.entries(DATA_FILES) as [
    Collection,
    { file: string },
  ][]) {
    if (!existsSync(join(dir, file))) {
      problems.push({ file, record: 'file', message: 'file is missing' });
      continue;
    }
    const value = readJson(join(dir, file), file, problems);
    if (value !== undefined) raw[collection] = value;
  }
  return { raw, problems };
}

/** A language folder is named by its language tag: `es`, `pt-br`. English is the source, not an overlay. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/** The overlay files of every language folder in `dir/i18n`: language → file name → parsed JSON. */
function readOverlayDirs(dir: string): {
  languages: Map<string, Map<string, unknown>>;
  problems: Problem[];
} {
  const languages = new Map<string, Map<string, unknown>>();
  const problems: Problem[] = [];
  const root = join(dir, 'i18n');
  if (!existsSync(root)) return { languages, problems };
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const lang = entry.name;
    if (!LANGUAGE_TAG.test(lang) || lang === 'en') {
      problems.push({
        file: `i18n/${lang}`,
        record: 'folder',
        message: 'must be a lowercase language tag other than en (e.g. es, pt-br)',
      });
      continue;
    }
    const files = new Map<string, unknown>();
    for (const name of readdirSync(join(root, lang)).sort()) {
      if (!name.endsWith('.json')) continue;
      const value = readJson(join(root, lang, name), `i18n/${lang}/${name}`, problems);
      if (value !== undefined) files.set(name, value);
    }
    languages.set(lang, files);
  }
  return { languages, problems };
}

export interface Translations {
  overlay: Overlay;
  coverage: FileCoverage[];
}

/**
 * Reads and validates `dir` and its language overlays: the dataset and each language's
 * translations with their coverage, or every problem found. A malformed overlay, an unknown
 * record or an untranslatable field is a problem; missing and stale translations are not.
 */
export function loadDataDir(dir: string): {
  dataset?: Dataset;
  translations?: Map<string, Translations>;
  problems: Problem[];
} {
  const { raw, problems } = readDataDir(dir);
  if (problems.length > 0) return { problems };
  const { dataset, problems: dataProblems } = validateDataset(raw);
  if (!dataset) return { problems: dataProblems };
  const { languages, problems: overlayProblems } = readOverlayDirs(dir);
  const translations = new Map<string, Translations>();
  for (const [lang, files] of languages) {
    const { overlay, problems: langProblems, coverage } = validateOverlay(dataset, lang, files);
    overlayProblems.push(...langProblems);
    translations.set(lang, { overlay, coverage });
  }
  return overlayProblems.length > 0
    ? { problems: overlayProblems }
    : { dataset, translations, problems: [] };
}
