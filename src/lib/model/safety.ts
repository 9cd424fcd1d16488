/** The safety section's grouping: which cited lines apply to which compound. Pure. */
import type { Dataset, SafetyItem } from './schema.ts';
import { m } from '../../paraglide/messages.js';

/** Each topic's heading. */
export const SAFETY_TOPIC_LABELS: Record<SafetyItem['topic'], string> = {
  exclusions: m.safety_exclusions(),
  interactions: m.safety_interactions(),
  cardiovascular: m.safety_cardiovascular(),
  'abuse-and-bladder': m.safety_abuse(),
  'label-warnings': m.safety_label_warnings(),
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
