/**
 * Rules that span files: unique ids, references that resolve, and the evidence rules that
 * keep the explorer honest (every arrow and every timeline event backed by a finding, an
 * edge called "shown in humans" only when a human finding says so).
 */
import type { Problem } from './validate.ts';
import { COMPARISON_DIMENSIONS, DATA_FILES, type Dataset } from './schema.ts';

type Report = (file: string, id: string, message: string) => void;

function duplicateIds(items: { id: string }[], file: string, report: Report): void {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) report(file, id, `duplicate id "${id}"`);
    seen.add(id);
  }
}

function checkReference(
  known: Set<string>,
  what: string,
  ref: string,
  file: string,
  id: string,
  field: string,
  report: Report,
): void {
  if (!known.has(ref)) report(file, id, `${field}: unknown ${what} "${ref}"`);
}

export function crossCheck(data: Dataset): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (file, id, message) => problems.push({ file, record: `"${id}"`, message });
  const F = Object.fromEntries(Object.entries(DATA_FILES).map(([k, d]) => [k, d.file])) as Record<
    keyof Dataset,
    string
  >;

  for (const key of Object.keys(DATA_FILES) as (keyof Dataset)[]) {
    if (key !== 'comparison') duplicateIds(data[key], F[key], report);
  }

  const nodeIds = new Set(data.nodes.map((n) => n.id));
  const compoundIds = new Set(data.compounds.map((c) => c.id));
  const edgeIds = new Set(data.edges.map((e) => e.id));
  const eventIds = new Set(data.events.map((e) => e.id));
  const studyIds = new Set(data.studies.map((s) => s.id));
  const findingIds = new Set(data.findings.map((f) => f.id));
  const studies = new Map(data.studies.map((s) => [s.id, s]));

  // Edge ends share one namespace, so a compound and a node may not share an id.
  for (const c of data.compounds) {
    if (nodeIds.has(c.id)) report(F.compounds, c.id, `id "${c.id}" is also a node id`);
  }
  const endpoints = new Set([...nodeIds, ...compoundIds]);

  for (const n of data.nodes) {
    if (n.keyNumber)
      checkReference(
        findingIds,
        'finding',
        n.keyNumber.finding,
        F.nodes,
        n.id,
        'keyNumber.finding',
        report,
      );
  }

  for (const e of data.edges) {
    checkReference(endpoints, 'node or compound', e.from, F.edges, e.id, 'from', report);
    checkReference(nodeIds, 'node', e.to, F.edges, e.id, 'to', report);
  }

  for (const c of data.compounds) {
    checkReference(nodeIds, 'node', c.entry, F.compounds, c.id, 'entry', report);
    if (nodeIds.has(c.entry) && !data.edges.some((e) => e.from === c.id && e.to === c.entry)) {
      report(F.compounds, c.id, `entry: no edge from "${c.id}" to its entry node "${c.entry}"`);
    }
  }

  for (const e of data.events) {
    checkReference(compoundIds, 'compound', e.compound, F.events, e.id, 'compound', report);
    for (const n of e.nodes) checkReference(nodeIds, 'node', n, F.events, e.id, 'nodes', report);
  }

  for (const f of data.findings) {
    checkReference(studyIds, 'study', f.study, F.findings, f.id, 'study', report);
    for (const c of f.compounds)
      checkReference(compoundIds, 'compound', c, F.findings, f.id, 'compounds', report);
    for (const n of f.supports.nodes)
      checkReference(nodeIds, 'node', n, F.findings, f.id, 'supports.nodes', report);
    for (const e of f.supports.edges)
      checkReference(edgeIds, 'edge', e, F.findings, f.id, 'supports.edges', report);
    for (const e of f.supports.events)
      checkReference(eventIds, 'event', e, F.findings, f.id, 'supports.events', report);
    const study = studies.get(f.study);
    if (study) {
      const isSynthesis = f.level === 'synthesis';
      if (study.type === 'primary' && isSynthesis) {
        report(
          F.findings,
          f.id,
          `level: "synthesis" but study "${study.id}" is primary; use a ladder level`,
        );
      }
      if (study.type !== 'primary' && !isSynthesis) {
        report(
          F.findings,
          f.id,
          `level: study "${study.id}" is a ${study.type}, so its level must be "synthesis"`,
        );
      }
    }
  }

  const tourTargets: Record<string, Set<string>> = {
    node: nodeIds,
    edge: edgeIds,
    event: eventIds,
    finding: findingIds,
  };
  const checkSelection = (
    link: { compound?: string; focus?: string },
    file: string,
    id: string,
    field: string,
  ) => {
    if (link.compound) {
      checkReference(compoundIds, 'compound', link.compound, file, id, `${field}compound`, report);
    }
    if (link.focus) {
      const [kind = '', target = ''] = link.focus.split(':');
      checkReference(
        tourTargets[kind] ?? new Set(),
        kind,
        target,
        file,
        id,
        `${field}focus`,
        report,
      );
    }
  };
  for (const step of data.tour) checkSelection(step, F.tour, step.id, '');
  // A step's frame names what its stage must show: cascade steps or compounds.
  for (const step of data.tour)
    for (const ref of step.frame ?? [])
      if (!nodeIds.has(ref) && !compoundIds.has(ref))
        report(F.tour, step.id, `frame: unknown step or compound "${ref}"`);

  // The learning layer: every claim traces to findings (or a compound's regulatory note).
  for (const q of data.questions) {
    q.answer.forEach((p, i) => {
      const field = `answer.${i}`;
      for (const f of p.findings)
        checkReference(findingIds, 'finding', f, F.questions, q.id, `${field}.findings`, report);
      for (const c of p.regulatory)
        checkReference(
          compoundIds,
          'compound',
          c,
          F.questions,
          q.id,
          `${field}.regulatory`,
          report,
        );
      if (p.findings.length === 0 && p.regulatory.length === 0) {
        report(F.questions, q.id, `${field}: paragraph cites no finding and no regulatory note`);
      }
    });
    q.showMe.forEach((link, i) => checkSelection(link, F.questions, q.id, `showMe.${i}.`));
  }
  for (const cell of data.comparison) {
    const name = `${cell.compound}/${cell.dimension}`;
    checkReference(compoundIds, 'compound', cell.compound, F.comparison, name, 'compound', report);
    for (const f of cell.findings)
      checkReference(findingIds, 'finding', f, F.comparison, name, 'findings', report);
    if (cell.evidence === 'findings' && cell.findings.length === 0) {
      report(F.comparison, name, 'evidence is "findings" but no finding is listed');
    }
    if (cell.evidence === 'none' && !/\bno\b/i.test(cell.text)) {
      report(
        F.comparison,
        name,
        'evidence is "none" but the text does not say there is no evidence',
      );
    }
  }
  // Every compared intervention has exactly one cell per dimension, so no cell is left blank.
  for (const compound of new Set(data.comparison.map((c) => c.compound))) {
    for (const dimension of COMPARISON_DIMENSIONS) {
      const n = data.comparison.filter(
        (c) => c.compound === compound && c.dimension === dimension,
      ).length;
      if (n !== 1) {
        report(
          F.comparison,
          `${compound}/${dimension}`,
          n === 0 ? 'cell is missing' : 'cell appears more than once',
        );
      }
    }
  }
  for (const concept of data.concepts) {
    for (const n of concept.nodes)
      checkReference(nodeIds, 'node', n, F.concepts, concept.id, 'nodes', report);
    for (const f of concept.findings)
      checkReference(findingIds, 'finding', f, F.concepts, concept.id, 'findings', report);
    checkSelection(concept.showMe, F.concepts, concept.id, 'showMe.');
  }

  // Evidence rules.
  for (const e of data.edges) {
    const backing = data.findings.filter((f) => f.supports.edges.includes(e.id));
    if (backing.length === 0) report(F.edges, e.id, 'no finding supports this edge');
    const humanFor = backing.some((f) => f.species.includes('human') && f.direction === 'for');
    if (e.status === 'shown-in-humans' && !humanFor) {
      report(F.edges, e.id, 'status is "shown-in-humans" but no human finding supports it');
    }
  }
  for (const e of data.events) {
    if (!data.findings.some((f) => f.supports.events.includes(e.id))) {
      report(F.events, e.id, 'no finding supports this event');
    }
  }
  for (const s of data.studies) {
    if (!data.findings.some((f) => f.study === s.id))
      report(F.studies, s.id, 'study has no finding');
  }
  for (const field of ['doi', 'pmid'] as const) {
    const owner = new Map<string, string>();
    for (const s of data.studies) {
      const value = s[field]?.toLowerCase();
      if (!value) continue;
      const first = owner.get(value);
      if (first) report(F.studies, s.id, `${field} "${s[field]}" is also used by study "${first}"`);
      else owner.set(value, s.id);
    }
  }
  return problems;
}
