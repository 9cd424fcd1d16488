/**
 * What `?since=YYYY-MM-DD` marks: the records the views draw that data/changelog.json says
 * changed on or after that day. Pure; kept apart from changes.ts so the first view, which
 * draws the marks, does not carry the history's labels.
 */
import type { Change } from './schema.ts';

/** What `?since=` highlights: the records each view draws that changed on or after a day. */
export interface ChangedRecords {
  since: string;
  /** The changelog's entries dated on or after `since`, in file order. */
  entries: Change[];
  nodes: Set<string>;
  edges: Set<string>;
  events: Set<string>;
  findings: Set<string>;
  compounds: Set<string>;
  /** The day of each highlighted record's latest change, by `kind:id`. */
  latest: Map<string, string>;
  /** How many records the views highlight, all kinds together. */
  count: number;
}

type History = {
  changelog: Change[];
  findings: { id: string; study: string }[];
  disputes: { id: string; edges: string[] }[];
};

/**
 * Records changed on or after `since` (YYYY-MM-DD), as the views draw them: a changed study
 * marks its findings (the table shows the study's details in each), a recorded disagreement
 * marks the arrows it is about (their panel changed). Questions and concepts are not drawn
 * in these views, so they are left out here; the About dialog lists every change.
 */
export function changedSince(data: History, since: string): ChangedRecords {
  const entries = data.changelog.filter((c) => c.date >= since);
  const sets = {
    node: new Set<string>(),
    edge: new Set<string>(),
    event: new Set<string>(),
    finding: new Set<string>(),
    compound: new Set<string>(),
  };
  const latest = new Map<string, string>();
  const mark = (kind: keyof typeof sets, id: string, date: string) => {
    sets[kind].add(id);
    const ref = `${kind}:${id}`;
    if ((latest.get(ref) ?? '') < date) latest.set(ref, date);
  };
  for (const { ids, date } of entries) {
    for (const ref of ids) {
      const [kind = '', id = ''] = ref.split(':');
      if (kind in sets) mark(kind as keyof typeof sets, id, date);
      else if (kind === 'study')
        data.findings.filter((f) => f.study === id).forEach((f) => mark('finding', f.id, date));
      else if (kind === 'dispute')
        data.disputes.find((d) => d.id === id)?.edges.forEach((e) => mark('edge', e, date));
    }
  }
  return {
    since,
    entries,
    nodes: sets.node,
    edges: sets.edge,
    events: sets.event,
    findings: sets.finding,
    compounds: sets.compound,
    latest,
    count: latest.size,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-01" → "1 Nov 2026": a day no reader can misread as month-first or day-first. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}
