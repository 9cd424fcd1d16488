/** The strongest source behind an arrow, as its badge shows it (its status's words: vocabulary.ts). Pure. */
import { shownInHumans } from './lens.ts';
import type { Species } from './schema.ts';
import type { Core } from './split.ts';
import { ANIMAL_SPECIES } from './vocabulary.ts';

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
  const has = (species: readonly Species[]) =>
    primary.some((f) => f.species.some((s) => species.includes(s)));
  // H means a primary human study found the step (the one rule); a mixed result does not earn it.
  if (primary.some(shownInHumans)) return { letter: 'H', words: 'includes human studies' };
  if (has(ANIMAL_SPECIES)) return { letter: 'A', words: 'animal studies' };
  if (primary.length > 0) return { letter: 'C', words: 'cell or computer studies' };
  return { letter: '–', words: 'reviews only' };
}
