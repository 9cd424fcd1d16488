/** `npm run check:data [dir]`: validates the content files and names every problem. */
import { resolve } from 'node:path';
import { formatProblem } from '../src/lib/model/validate.ts';
import { checkDataDir } from './data-files.ts';

const dir = resolve(process.argv[2] ?? 'data');
const problems = checkDataDir(dir);
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in ${dir}:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`data OK: ${dir}`);
