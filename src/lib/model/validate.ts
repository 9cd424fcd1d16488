/**
 * Validates the raw content of `data/` into a typed Dataset. Pure: it takes already
 * parsed JSON and returns either the dataset or one problem per fault, each naming the
 * file, the record and what is wrong, so an editor can fix the data without reading code.
 */
import * as v from 'valibot';
import { crossCheck } from './crossChecks.ts';
import type { Problem } from './problem.ts';
import { DATA_FILES, type Dataset } from './schema.ts';

export type Collection = keyof typeof DATA_FILES;
export type RawData = Partial<Record<Collection, unknown>>;

function recordName(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? `"${id}"` : `record #${index + 1}`;
}

/** An issue from a valibot parse, in the words the validator prints. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  const where = path ? `${path}: ` : '';
  if (issue.type === 'strict_object' && issue.input !== undefined) {
    return `${where}unknown field (allowed fields are listed in src/lib/model/schema.ts)`;
  }
  if (issue.input === undefined && path) return `${path}: missing required field`;
  if (issue.type === 'picklist') {
    return `${where}must be one of ${issue.expected}, received ${issue.received}`;
  }
  if (issue.kind === 'schema') {
    return `${where}wrong type: expected ${issue.expected}, received ${issue.received}`;
  }
  return `${where}${issue.message}`;
}

/** Parses every file with its schema; cross-file rules run only when each record is well-formed. */
export function validateDataset(raw: RawData): { dataset?: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const parsed: Partial<Dataset> = {};

  for (const [collection, { file, schema }] of Object.entries(DATA_FILES) as [
    Collection,
    (typeof DATA_FILES)[Collection],
  ][]) {
    const value = raw[collection];
    if (value === undefined) {
      problems.push({ file, record: 'file', message: 'file is missing' });
      continue;
    }
    if (!Array.isArray(value)) {
      problems.push({ file, record: 'file', message: 'must be a JSON array of records' });
      continue;
    }
    const records: unknown[] = [];
    value.forEach((item: unknown, index) => {
      const result = v.safeParse(schema as v.GenericSchema, item);
      if (result.success) records.push(result.output);
      else {
        for (const issue of result.issues) {
          problems.push({ file, record: recordName(item, index), message: describeIssue(issue) });
        }
      }
    });
    (parsed as Record<Collection, unknown[]>)[collection] = records;
  }

  if (problems.length > 0) return { problems };
  const dataset = parsed as Dataset;
  const crossProblems = crossCheck(dataset);
  return crossProblems.length > 0 ? { problems: crossProblems } : { dataset, problems: [] };
}
