/** The real content, validated the way the build validates it. */
import { loadDataDir } from '../../scripts/data-files.ts';
import type { Dataset } from '../../src/lib/model/schema.ts';
import { formatProblem } from '../../src/lib/model/problem.ts';

export function realData(): Dataset {
  const { dataset, problems } = loadDataDir('data');
  if (!dataset) throw new Error(`data/ is invalid:\n${problems.map(formatProblem).join('\n')}`);
  return dataset;
}
