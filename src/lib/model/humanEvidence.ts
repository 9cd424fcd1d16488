/**
 * The one rule for "shown in humans", shared by the diagram's H badge (edgeEvidence.ts), the
 * human-evidence lens (lens.ts), the comparison's marks (comparison.ts) and the data check
 * (crossChecks.ts), so no two views can disagree about the same finding. Pure.
 */
import type { Finding } from './schema.ts';

/**
 * A finding shows a step in humans when it comes from a primary human study (not a review,
 * meta-analysis or theory paper, whose findings sit off the ladder as `synthesis`) and its
 * result is in favour (`for`). A mixed, null or contrary human result is human evidence that
 * the step was looked for, not that it was shown; a meta-analysis pools studies this dataset
 * does not hold one by one, and syntheses never count as primary evidence (data/README.md).
 */
export const shownInHumans = (f: Pick<Finding, 'species' | 'level' | 'direction'>): boolean =>
  f.species.includes('human') && f.level !== 'synthesis' && f.direction === 'for';
