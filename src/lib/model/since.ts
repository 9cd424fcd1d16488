/**
 * What `?since=YYYY-MM-DD` marks: the records the views draw that data/changelog.json says
 * changed on or after that day. Pure; kept apart from changes.ts so the first view, which
 * draws the marks, does not carry the history's labels.
 */
import type { Change } from './schema.ts';
import { pageLanguage } from '../i18n/pageLanguage.ts';

/** What `?since=` highlights: the records each view draws that changed on or after a day. */
export interface ChangedRecords {
  since: string;
  /** The changelog's entries dated on or after `since`, in file order (not the `checked` ones). */
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
  // A `checked` entry records that records were checked against their sources and what they
  // say did not change (their review notes only), so it marks nothing as new.
  const entries = data.changelog.filter((c) => c.date >= since && c.type !== 'checked');
  // Keyed by the kind a changelog reference names: a Map, so no kind finds an inherited key.
  type Kind = 'node' | 'edge' | 'event' | 'finding' | 'compound';
  const sets = new Map<string, Set<string>>(
    (['node', 'edge', 'event', 'finding', 'compound'] satisfies Kind[]).map((k) => [k, new Set()]),
  );
  const latest = new Map<string, string>();
  const mark = (kind: Kind, id: string, date: string) => {
    sets.get(kind)!.add(id);
    const ref = `${kind}:${id}`;
    if ((latest.get(ref) ?? '') < date) latest.set(ref, date);
  };
  // A changed study marks its findings: indexed once, not searched for each reference.
  const findingsOfStudy = new Map<string, string[]>();
  for (const f of data.findings) {
    const list = findingsOfStudy.get(f.study);
    if (list) list.push(f.id);
    else findingsOfStudy.set(f.study, [f.id]);
  }
  const disputeEdges = new Map(data.disputes.map((d) => [d.id, d.edges]));
  for (const { ids, date } of entries) {
    for (const ref of ids) {
      const [kind = '', id = ''] = ref.split(':');
      if (sets.has(kind)) mark(kind as Kind, id, date);
      else if (kind === 'study') findingsOfStudy.get(id)?.forEach((f) => mark('finding', f, date));
      else if (kind === 'dispute') disputeEdges.get(id)?.forEach((e) => mark('edge', e, date));
    }
  }
  return {
    since,
    entries,
    nodes: sets.get('node')!,
    edges: sets.get('edge')!,
    events: sets.get('event')!,
    findings: sets.get('finding')!,
    compounds: sets.get('compound')!,
    latest,
    count: latest.size,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-11-01" → "1 Nov 2026": a day no reader can misread as month-first or day-first. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  // Spanish in Intl's own words ("1 nov 2026"); English as before (en-GB's Intl says "Sept").
  if (pageLanguage() !== 'en')
    return new Intl.DateTimeFormat(pageLanguage(), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(year!, (month ?? 1) - 1, date));
  return `${date} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}
