/** How an arrow shows its evidence at a glance: status words and the strongest source. Pure. */
import { shownInHumans } from './lens.ts';
import type { EdgeStatus } from './schema.ts';
import type { Core } from './split.ts';

export const EDGE_STATUS_LABELS: Record<EdgeStatus, string> = {
  'shown-in-humans': 'shown in humans',
  'established-in-animals': 'animal or cell evidence only',
  contested: 'contested',
  'not-shown-in-humans': 'not shown in humans',
};

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
  // H means a primary human study found the step (the one rule); a mixed result does not earn it.
  if (primary.some(shownInHumans)) return { letter: 'H', words: 'includes human studies' };
  if (has(['mouse', 'rat', 'pig', 'non-human-primate', 'zebrafish', 'fly']))
    return { letter: 'A', words: 'animal studies' };
  if (primary.length > 0) return { letter: 'C', words: 'cell or computer studies' };
  return { letter: '–', words: 'reviews only' };
}
