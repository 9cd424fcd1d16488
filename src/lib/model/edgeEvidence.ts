/** How an arrow shows its evidence at a glance: status words and the strongest source. Pure. */
import type { Edge, EdgeStatus } from './schema.ts';
import { __t } from '../i18n/t.ts';

type Relation = Edge['relation'];
import type { Core } from './split.ts';
import { m } from '../../paraglide/messages.js';

// Getters: the words are read when shown, after the page's language has loaded.
export const EDGE_STATUS_LABELS: Record<EdgeStatus, string> = {
  get 'shown-in-humans'() {
    return m.status_shown();
  },
  get 'established-in-animals'() {
    return m.status_animals();
  },
  get contested() {
    return m.status_contested();
  },
  get 'not-shown-in-humans'() {
    return m.status_not_shown();
  },
};

/**
 * An arrow's relation (an id in the data, e.g. `binding`) in the page's language. Each has
 * the message `relation_<id>`, whose English is the id itself, so it is looked up by that
 * (t.ts) rather than through one function per relation (tests/unit/messages.test.ts checks
 * every relation has its message).
 */
export const relationName = (relation: Relation): string => __t(relation);

/**
 * The strongest kind of primary source that finds the step: H (human), A (animal) or
 * C (cells or simulation). Null and contrary results are left out here, so a step seen
 * only in mice never shows H; the edge's status says what human studies found. The data
 * check keeps the letter from claiming more than the status (see crossChecks.ts).
 */
export function evidenceSources(findings: Core<'findings'>[]): { letter: string; words: string } {
  const primary = findings.filter(
    (f) => f.level !== 'synthesis' && (f.direction === 'for' || f.direction === 'mixed'),
  );
  const has = (species: string[]) =>
    primary.some((f) => f.species.some((s) => species.includes(s)));
  // H means a human study found the step; a mixed human result does not earn it.
  if (primary.some((f) => f.species.includes('human') && f.direction === 'for'))
    return { letter: 'H', words: m.sources_human() };
  if (has(['mouse', 'rat', 'pig', 'non-human-primate', 'zebrafish', 'fly']))
    return { letter: 'A', words: m.sources_animal() };
  if (primary.length > 0) return { letter: 'C', words: m.sources_cells() };
  return { letter: '–', words: m.sources_reviews() };
}
