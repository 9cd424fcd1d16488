/**
 * Synthetic data for scaling measurements: `scale` copies of the real cascade, each a
 * disjoint graph with its own compounds, steps, arrows, timeline phases, studies and
 * findings, so every view holds `scale` times as many records. The copies are for
 * benchmarks only: their studies carry made-up DOIs under the 10.99999 prefix and no
 * PMIDs, and nothing they say is a claim about the world. The result passes the same
 * schema and cross-file checks as `data/`.
 *
 *   npx tsx scripts/synthetic-data.ts 5 /tmp/data-5x
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DATA_FILES, type Dataset } from '../src/lib/model/schema.ts';
import { formatProblem } from '../src/lib/model/problem.ts';
import { validateDataset, type Collection } from '../src/lib/model/validate.ts';
import { loadDataDir } from './data-files.ts';

const real = (dir = resolve(import.meta.dirname, '../data')) => {
  const { dataset, problems } = loadDataDir(dir);
  if (!dataset) throw new Error(problems.map(formatProblem).join('\n'));
  return dataset;
};

/** The real data plus `scale - 1` renamed copies of its graph and evidence. */
function syntheticDataset(scale: number, data: Dataset = real()): Dataset {
  const out: Dataset = structuredClone(data);
  for (let copy = 2; copy <= scale; copy++) {
    const id = (ref: string) => `${ref}-x${copy}`;
    out.nodes.push(
      ...data.nodes.map((n) => ({
        ...n,
        id: id(n.id),
        label: `${n.label} ${copy}`,
        short: `${n.short} ${copy}`,
        keyNumber: n.keyNumber && { ...n.keyNumber, finding: id(n.keyNumber.finding) },
      })),
    );
    out.compounds.push(
      ...data.compounds.map((c) => ({
        ...c,
        id: id(c.id),
        name: `${c.name} ${copy}`,
        entry: id(c.entry),
      })),
    );
    out.edges.push(
      ...data.edges.map((e) => ({ ...e, id: id(e.id), from: id(e.from), to: id(e.to) })),
    );
    out.events.push(
      ...data.events.map((e) => ({
        ...e,
        id: id(e.id),
        compound: id(e.compound),
        nodes: e.nodes.map(id),
      })),
    );
    out.studies.push(
      ...data.studies.map((s) => {
        const { pmid: _pmid, ...rest } = s;
        void _pmid;
        return { ...rest, id: id(s.id), doi: `10.99999/synthetic.${copy}.${s.id}` };
      }),
    );
    out.findings.push(
      ...data.findings.map((f) => ({
        ...f,
        id: id(f.id),
        study: id(f.study),
        compounds: f.compounds.map(id),
        supports: {
          nodes: f.supports.nodes.map(id),
          edges: f.supports.edges.map(id),
          events: f.supports.events.map(id),
        },
        // Its times name its own copy's steps and compounds.
        ...(f.measured && {
          measured: f.measured.map((m) => ({
            ...m,
            steps: m.steps.map(id),
            ...(m.compounds && { compounds: m.compounds.map(id) }),
          })),
        }),
      })),
    );
    // Every compound has a safety line and every contested arrow a dispute (crossChecks.ts):
    // each copy gets its own, citing its own findings and the same documents.
    out.safety.push(
      ...data.safety.map((s) => ({
        ...s,
        id: id(s.id),
        compounds: s.compounds.map(id),
        findings: s.findings.map(id),
      })),
    );
    out.disputes.push(
      ...data.disputes.map((d) => ({
        ...d,
        id: id(d.id),
        edges: d.edges.map(id),
        sides: d.sides.map((side) => ({ ...side, findings: side.findings.map(id) })),
      })),
    );
  }
  return out;
}

/** Writes the data files for `scale`× data into `dir` and checks them as the build would. */
export function writeSyntheticData(scale: number, dir: string): void {
  const data = syntheticDataset(scale);
  const { problems } = validateDataset(data as unknown as Parameters<typeof validateDataset>[0]);
  if (problems.length > 0)
    throw new Error(
      `synthetic data at ${scale}× is invalid:\n${problems.map(formatProblem).join('\n')}`,
    );
  mkdirSync(dir, { recursive: true });
  for (const [collection, { file }] of Object.entries(DATA_FILES) as [
    Collection,
    { file: string },
  ][])
    writeFileSync(join(dir, file), JSON.stringify(data[collection], null, 2));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [scale, dir] = process.argv.slice(2);
  if (!scale || !dir) throw new Error('usage: tsx scripts/synthetic-data.ts <scale> <dir>');
  writeSyntheticData(Number(scale), resolve(dir));
  console.log(`wrote ${scale}× data to ${dir}`);
}
