/**
 * What a selection fades on the timeline, and why, in a few words for the figure's key:
 * faded bars with no word look like missing data.
 */
import { byId } from './graphIndex.ts';
import type { Focus } from './focus.ts';
import type { CoreDataset } from './split.ts';
import { m } from '../../paraglide/messages.js';

/** A step's short name inside a sentence: "Spines" reads "spines"; BDNF, TrkB and mTOR stay. */
const inSentence = (name: string) =>
  /^[A-Z][a-z]+(\s[a-z]+)*$/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;

export function fadedNote(
  data: Pick<CoreDataset, 'nodes'>,
  focus: Focus,
  /** The phases drawn, by id. */
  shown: readonly string[],
  /** The phases the selection lights up; null when nothing is selected. */
  emphasis: ReadonlySet<string> | null,
): string | null {
  if (!focus || !emphasis) return null;
  const faded = shown.filter((id) => !emphasis.has(id)).length;
  if (faded === 0) return null;
  const every = faded === shown.length;
  switch (focus.kind) {
    case 'node': {
      const node = byId(data.nodes).get(focus.id);
      const name = inSentence(node?.short ?? focus.id);
      return every ? m.faded_node_every({ name }) : m.faded_node({ name });
    }
    case 'event':
      return every ? m.faded_event_every() : m.faded_event();
    case 'edge':
      return m.faded_edge();
    case 'finding':
      return every ? m.faded_finding_every() : m.faded_finding();
  }
}
