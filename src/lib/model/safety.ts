/** The safety section's grouping: which cited lines apply to which compound. Pure. */
import type { Dataset, SafetyItem, SourceDocument } from './schema.ts';
import { SOURCE_TYPE_LABELS } from './vocabulary.ts';

export const SAFETY_TOPIC_LABELS: Record<SafetyItem['topic'], string> = {
  exclusions: 'Who the trials left out',
  interactions: 'Interactions',
  cardiovascular: 'Heart and circulation',
  'abuse-and-bladder': 'Misuse and bladder',
  'label-warnings': 'Label warnings',
};

/** Every compound with at least one safety line, in the data's compound order, with its lines. */
export function safetyByCompound(
  data: Pick<Dataset, 'compounds' | 'safety'>,
): { id: string; name: string; items: SafetyItem[] }[] {
  return data.compounds
    .map((c) => ({
      id: c.id,
      name: c.name,
      items: data.safety.filter((s) => s.compounds.includes(c.id)),
    }))
    .filter((group) => group.items.length > 0);
}

/** A document cited in words: what it is, who issued it, when, and what kind of source it is. */
export function documentCitation(d: SourceDocument): string {
  return `${d.title} (${d.publisher}, ${d.date}; ${SOURCE_TYPE_LABELS[d.sourceType]})`;
}
