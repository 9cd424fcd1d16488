/**
 * One fault in the content of `data/`, as the validator and the cross-file checks report it:
 * it names the file, the record and what is wrong, so an editor can fix the data without
 * reading code.
 */
export interface Problem {
  file: string;
  /** The record's id, or its position when it has no usable id. */
  record: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `data/${p.file} › ${p.record} › ${p.message}`;
}
