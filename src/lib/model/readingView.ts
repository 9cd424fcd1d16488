/**
 * What the page's text version holds (components/reading/ReadingView.svelte, rendered into
 * index.html at build time): the cascade level by level, each step with its explanation, its
 * key number, the arrows that leave it and the studies behind it; each compound's phases after
 * a dose; and the safety lines. A reader whose scripts do not run reads this; the explorer
 * replaces it before its first paint.
 */
import { shortCitation } from './evidenceRows.ts';
import { byId, graphIndex } from './graphIndex.ts';
import { studyUrl } from './references.ts';
import { LEVELS, type CascadeNode, type Dataset, type Level } from './schema.ts';
import type { Core } from './split.ts';
import { levelName } from './interfaceText.ts';

/** An arrow as the text version writes it: its label, status and note (no prose needed). */
type Edge = Core<'edges'>;

export interface ReadingStep {
  node: CascadeNode;
  /** The arrows that leave the step (each one's label names where it leads). */
  leads: Edge[];
  /** The studies behind the step's findings, each once, named short ("Shao et al. 2021"). */
  sources: { id: string; short: string; url: string | null }[];
}

export interface ReadingContent {
  levels: { level: Level; name: string; steps: ReadingStep[] }[];
  /** Where each compound enters the cascade, with the arrows that leave it. */
  compounds: { id: string; name: string; leads: Edge[] }[];
  /** Each compound's phases after a dose, in the data's order. */
  timeline: { id: string; name: string; events: Dataset['events'] }[];
  safety: {
    id: string;
    topic: Dataset['safety'][number]['topic'];
    names: string[];
    text: string;
  }[];
}

export function readingContent(data: Dataset): ReadingContent {
  const { edgesFrom } = graphIndex(data);
  const leads = (id: string) => edgesFrom.get(id) ?? [];
  const studies = byId(data.studies);
  const studiesOf = new Map<string, Set<string>>();
  for (const finding of data.findings)
    for (const node of finding.supports.nodes) {
      const set = studiesOf.get(node) ?? new Set();
      set.add(finding.study);
      studiesOf.set(node, set);
    }
  const sourcesOf = (id: string) =>
    [...(studiesOf.get(id) ?? [])]
      .flatMap((s) => studies.get(s) ?? [])
      .sort((a, b) => a.year - b.year || a.authors.localeCompare(b.authors))
      .map((s) => ({ id: s.id, short: shortCitation(s), url: studyUrl(s) }));
  const atLevel = groupBy(data.nodes, (n) => n.level);
  const eventsOf = groupBy(data.events, (e) => e.compound);
  return {
    levels: LEVELS.map((level) => ({
      level,
      name: levelName(data, level),
      steps: (atLevel.get(level) ?? []).map((node) => ({
        node,
        leads: leads(node.id),
        sources: sourcesOf(node.id),
      })),
    })),
    compounds: data.compounds
      .filter((c) => edgesFrom.has(c.id))
      .map((c) => ({ id: c.id, name: c.name, leads: leads(c.id) })),
    timeline: data.compounds.flatMap((c) => {
      const events = eventsOf.get(c.id);
      return events ? [{ id: c.id, name: c.name, events }] : [];
    }),
    safety: data.safety.map((s) => ({
      id: s.id,
      topic: s.topic,
      names: s.compounds.map((id) => byId(data.compounds).get(id)?.name ?? id),
      text: s.text,
    })),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
