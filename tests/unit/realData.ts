/** The real content, validated the way the build validates it. */
import { readDataDir } from '../../scripts/data-files.ts';
import type { Dataset } from '../../src/lib/model/schema.ts';
import { formatProblem, validateDataset } from '../../src/lib/model/validate.ts';

export function realData(): Dataset {
  const { raw, problems } = readDataDir('data');
  const result = problems.length > 0 ? { problems } : validateDataset(raw);
  if (!('dataset' in result) || !result.dataset) {
    throw new Error(`data/ is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return result.dataset;
}
