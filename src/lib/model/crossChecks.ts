/**
 * Rules that span files: unique ids, references that resolve, and the evidence rules that
 * keep the explorer honest (every arrow and every timeline event backed by a finding, an
 * edge called "shown in humans" only when a human finding says so).
 */
import type { Problem } from './problem.ts';
import { evidenceSources } from './edgeEvidence.ts';
import { shownInHumans } from './lens.ts';
import {
  COMPARISON_DIMENSIONS,
  DATA_FILES,
  EDGE_STATUSES,
  LEVELS,
  type Dataset,
} from './schema.ts';

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
    if (key !== 'comparison' && key !== 'interface') duplicateIds(data[key], F[key], report);
  }

  const nodeIds = new Set(data.nodes.map((n) => n.id));
  const compoundIds = new Set(data.compounds.map((c) => c.id));
  const edgeIds = new Set(data.edges.map((e) => e.id));
  const eventIds = new Set(data.events.map((e) => e.id));
  const studyIds = new Set(data.studies.map((s) => s.id));
  const findingIds = new Set(data.findings.map((f) => f.id));
  const studies = new Map(data.studies.map((s) => [s.id, s]));
  const documentIds = new Set(data.documents.map((d) => d.id));
  const safetyIds = new Set(data.safety.map((s) => s.id));

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
    // A measured time belongs to steps and compounds the finding itself names.
    f.measured?.forEach((m, i) => {
      for (const n of m.steps)
        if (!f.supports.nodes.includes(n))
          report(F.findings, f.id, `measured.${i}.steps: "${n}" is not in supports.nodes`);
      for (const c of m.compounds ?? [])
        if (!f.compounds.includes(c))
          report(F.findings, f.id, `measured.${i}.compounds: "${c}" is not in compounds`);
      if (
        m.during === 'acute' &&
        !(m.compounds ?? f.compounds).some((c) =>
          data.events.some((e) => e.compound === c && e.kind === 'acute'),
        )
      )
        report(F.findings, f.id, `measured.${i}.during: no compound of it has an acute phase`);
    });
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

  const tourTargets = new Map([
    ['node', nodeIds],
    ['edge', edgeIds],
    ['event', eventIds],
    ['finding', findingIds],
  ]);
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
        tourTargets.get(kind) ?? new Set(),
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
      for (const s of p.safety)
        checkReference(safetyIds, 'safety line', s, F.questions, q.id, `${field}.safety`, report);
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

  // Regulatory items, safety lines and documents: every statement names its sources.
  const checkCitations = (
    item: { findings: string[]; documents: string[] },
    file: string,
    id: string,
  ) => {
    for (const f of item.findings)
      checkReference(findingIds, 'finding', f, file, id, 'findings', report);
    for (const d of item.documents)
      checkReference(documentIds, 'document', d, file, id, 'documents', report);
    if (item.findings.length === 0 && item.documents.length === 0)
      report(file, id, 'cites no finding and no document');
  };
  for (const r of data.regulatory) {
    checkReference(compoundIds, 'compound', r.compound, F.regulatory, r.id, 'compound', report);
    checkCitations(r, F.regulatory, r.id);
  }
  for (const s of data.safety) {
    for (const c of s.compounds)
      checkReference(compoundIds, 'compound', c, F.safety, s.id, 'compounds', report);
    checkCitations(s, F.safety, s.id);
  }
  for (const c of data.compounds.filter((x) => !x.comparison)) {
    if (!data.safety.some((s) => s.compounds.includes(c.id)))
      report(F.compounds, c.id, 'no safety line covers this compound');
  }
  const cited = new Set([...data.regulatory, ...data.safety].flatMap((x) => x.documents));
  for (const d of data.documents) {
    if (!cited.has(d.id)) report(F.documents, d.id, 'document is cited nowhere');
  }

  // The app's own words: one key idea, one About text, and a name for every level,
  // comparison dimension and edge status, each exactly once.
  const ui = data.interface;
  for (const kind of ['key-idea', 'about'] as const) {
    const n = ui.filter((t) => t.kind === kind).length;
    if (n !== 1) report(F.interface, kind, `needs exactly one "${kind}" record, found ${n}`);
  }
  const coverage: [string, readonly string[]][] = [
    ['level', LEVELS],
    ['dimension', COMPARISON_DIMENSIONS],
    ['status', EDGE_STATUSES],
  ];
  for (const [kind, expected] of coverage) {
    for (const id of expected) {
      const n = ui.filter((t) => t.kind === kind && t.id === id).length;
      if (n !== 1)
        report(
          F.interface,
          `${kind}/${id}`,
          n === 0 ? 'name is missing' : 'name appears more than once',
        );
    }
  }
  for (const t of ui) {
    if (t.kind === 'key-idea')
      t.showMe.forEach((link, i) => checkSelection(link, F.interface, t.id, `showMe.${i}.`));
  }
  // Disagreements: every side cites existing findings, no finding sits on two sides, and
  // every contested arrow says what the dispute is.
  for (const d of data.disputes) {
    for (const e of d.edges) checkReference(edgeIds, 'edge', e, F.disputes, d.id, 'edges', report);
    const seen = new Set<string>();
    d.sides.forEach((side, i) => {
      for (const f of side.findings) {
        checkReference(findingIds, 'finding', f, F.disputes, d.id, `sides.${i}.findings`, report);
        if (seen.has(f)) report(F.disputes, d.id, `sides.${i}.findings: "${f}" is on two sides`);
        seen.add(f);
      }
    });
  }
  for (const e of data.edges) {
    if (e.status === 'contested' && !data.disputes.some((d) => d.edges.includes(e.id)))
      report(F.edges, e.id, 'status is "contested" but no record in disputes.json names this edge');
  }

  // The changelog names only records that exist. A Map: an entry naming "constructor:x"
  // would otherwise find a plain object's inherited property and throw.
  const known = new Map<string, Set<string>>([
    ['node', nodeIds],
    ['edge', edgeIds],
    ['event', eventIds],
    ['finding', findingIds],
    ['study', studyIds],
    ['compound', compoundIds],
    ['dispute', new Set(data.disputes.map((d) => d.id))],
    ['question', new Set(data.questions.map((q) => q.id))],
    ['concept', new Set(data.concepts.map((c) => c.id))],
  ]);
  for (const change of data.changelog) {
    for (const ref of change.ids) {
      const [kind = '', target = ''] = ref.split(':');
      if (!known.get(kind)?.has(target))
        report(F.changelog, change.id, `ids: unknown ${kind} "${target}"`);
    }
  }

  // Evidence rules.
  for (const e of data.edges) {
    const backing = data.findings.filter((f) => f.supports.edges.includes(e.id));
    if (backing.length === 0) report(F.edges, e.id, 'no finding supports this edge');
    const humanFor = backing.filter((f) => f.species.includes('human') && f.direction === 'for');
    const primaryHumanFor = backing.filter(shownInHumans);
    if (e.status === 'shown-in-humans' && humanFor.length === 0) {
      report(F.edges, e.id, 'status is "shown-in-humans" but no human finding supports it');
    } else if (e.status === 'shown-in-humans' && primaryHumanFor.length === 0) {
      report(
        F.edges,
        e.id,
        'status is "shown-in-humans" but only syntheses (reviews, meta-analyses, theory) support it in humans, and they never count as primary evidence',
      );
    }
    const humanStudies = new Set(primaryHumanFor.map((f) => f.study));
    if (e.status === 'shown-in-humans' && humanStudies.size === 1 && !e.statusNote) {
      report(
        F.edges,
        e.id,
        'statusNote: "shown-in-humans" rests on one human study, so the status must say how thin that is',
      );
    }
    // The badge's letter must never claim more than the status does.
    const badge = evidenceSources(backing);
    if (
      badge.letter === 'H' &&
      (e.status === 'established-in-animals' || e.status === 'not-shown-in-humans')
    ) {
      report(
        F.edges,
        e.id,
        `badge says "${badge.words}" (H) but status is "${e.status}"; the badge must not claim more than the status`,
      );
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
