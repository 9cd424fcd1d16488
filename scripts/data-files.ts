/** Reads `data/*.json` from disk for the build and `npm run check:data`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_FILES, type Dataset } from '../src/lib/model/schema.ts';
import type { Problem } from '../src/lib/model/problem.ts';
import { validateDataset, type RawData, type Collection } from '../src/lib/model/validate.ts';

function readDataDir(dir: string): { raw: RawData; problems: Problem[] } {
  const raw: RawData = {};
  const problems: Problem[] = [];
  for (const [collection, { file }] of Object.entries(DATA_FILES) as [
    Collection,
    { file: string },
  ][]) {
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      problems.push({ file, record: 'file', message: 'file is missing' });
      continue;
    }
    try {
      raw[collection] = JSON.parse(text);
    } catch (error) {
      problems.push({
        file,
        record: 'file',
        message: `not valid JSON: ${(error as Error).message}`,
      });
    }
  }
  return { raw, problems };
}

/** Reads and validates `dir`: the dataset, or every problem found. */
export function loadDataDir(dir: string): { dataset?: Dataset; problems: Problem[] } {
  const { raw, problems } = readDataDir(dir);
  return problems.length > 0 ? { problems } : validateDataset(raw);
}
