/**
 * `npm run check:data [dir]`: validates the content files and the language overlays, names
 * every problem, and reports each language's translation coverage, naming every missing or
 * stale field.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  messageCoverage,
  messageCoverageLines,
  messagesFromJson,
} from '../src/lib/i18n/messageCoverage.ts';
import { coveragePercent, totalCoverage, type FileCoverage } from '../src/lib/model/overlay.ts';
import { formatProblem } from '../src/lib/model/problem.ts';
import { loadDataDir } from './data-files.ts';

const dir = resolve(process.argv[2] ?? 'data');
const { dataset, translations, problems } = loadDataDir(dir);
if (!dataset || !translations || problems.length > 0) {
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

/** `es: 96.4% (2301 of 2387 fields; 80 missing, 6 stale)` */
function coverageLine(name: string, files: FileCoverage[]): string {
  const t = totalCoverage(files);
  const gaps = t.missing + t.stale > 0 ? `; ${t.missing} missing, ${t.stale} stale` : '';
  return `${name}: ${coveragePercent(t)}% (${t.fresh} of ${t.total} fields${gaps})`;
}

for (const [lang, { coverage }] of translations) {
  const gaps = coverage.filter((f) => f.missing.length + f.stale.length > 0);
  if (gaps.length > 0) console.log(`untranslated in ${lang}:`);
  for (const f of gaps) {
    if (f.fresh + f.stale.length === 0) {
      console.log(`  data/${f.file} › file › no translation yet (${f.total} fields)`);
      continue;
    }
    for (const { record, path } of f.stale)
      console.log(
        `  data/${f.file} › "${record}" › ${path}: stale (the English changed after it was translated)`,
      );
    for (const { record, path } of f.missing)
      console.log(`  data/${f.file} › "${record}" › ${path}: missing`);
  }
}
if (translations.size > 0) console.log('translation coverage:');
for (const [lang, { coverage }] of translations) {
  console.log(`  ${coverageLine(lang, coverage)}`);
  for (const f of coverage) console.log(`    ${coverageLine(`data/${f.file}`, [f])}`);
}
if (translations.size > 1)
  console.log(
    `  ${coverageLine(
      'all languages',
      [...translations.values()].flatMap((t) => t.coverage),
    )}`,
  );

// The interface's words (Paraglide messages), each language against the English.
const messagesDir = resolve('messages');
if (existsSync(join(messagesDir, 'en.json'))) {
  const read = (file: string) => messagesFromJson(readFileSync(join(messagesDir, file), 'utf8'));
  const english = read('en.json');
  for (const file of readdirSync(messagesDir)
    .filter((f) => /^[a-z-]+\.json$/.test(f))
    .sort())
    if (file !== 'en.json')
      for (const line of messageCoverageLines(
        `messages/${file}`,
        messageCoverage(english, read(file)),
      ))
        console.log(`  ${line}`);
}
