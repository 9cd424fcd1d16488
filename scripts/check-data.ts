/** `npm run check:data [dir]`: validates the content files and names every problem. */
import { resolve } from 'node:path';
import { formatProblem } from '../src/lib/model/problem.ts';
import { loadDataDir } from './data-files.ts';

const dir = resolve(process.argv[2] ?? 'data');
const { dataset, problems } = loadDataDir(dir);
if (!dataset || problems.length > 0) {
  console.error(`${problems.length} problem(s) in ${dir}:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}

const tally = (values: string[]) =>
  [...new Set(values)]
    .sort()
    .map((v) => `${v} ${values.filter((x) => x === v).length}`)
    .join(', ');
console.log(`data OK: ${dir}`);
console.log(
  `  ${dataset.studies.length} studies, ${dataset.findings.length} findings, ${dataset.edges.length} edges, ${dataset.events.length} events, ${dataset.tour.length} tour steps`,
);
console.log(`  findings by level: ${tally(dataset.findings.map((f) => f.level))}`);
console.log(`  edges by status: ${tally(dataset.edges.map((e) => e.status))}`);
console.log(
  `  ${dataset.questions.length} questions, ${dataset.safety.length} safety lines, ${dataset.regulatory.length} dated regulatory items, ${dataset.documents.length} non-study documents`,
);
console.log(`  documents by source type: ${tally(dataset.documents.map((d) => d.sourceType))}`);
