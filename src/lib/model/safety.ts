/** The safety section's grouping: which cited lines apply to which compound. Pure. */
import type { Dataset, SafetyItem } from './schema.ts';
import { m } from '../../paraglide/messages.js';

/** Each topic's heading, read when shown (after the page's language has loaded). */
export const SAFETY_TOPIC_LABELS: Record<SafetyItem['topic'], string> = {
  get exclusions() {
    return m.safety_exclusions();
  },
  get interactions() {
    return m.safety_interactions();
  },
  get cardiovascular() {
    return m.safety_cardiovascular();
  },
  get 'abuse-and-bladder'() {
    return m.safety_abuse();
  },
  get 'label-warnings'() {
    return m.safety_label_warnings();
  },
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
