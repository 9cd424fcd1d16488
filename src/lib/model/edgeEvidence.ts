/** The strongest source behind an arrow, as its badge shows it (its status's words: vocabulary.ts). Pure. */
import { shownInHumans } from './lens.ts';
import type { Edge, Species } from './schema.ts';
import type { Core } from './split.ts';
import { ANIMAL_SPECIES, RELATION_NAMES } from './vocabulary.ts';
import { m } from '../../paraglide/messages.js';

/** An arrow's relation (an id in the data, e.g. `binding`) in the page's language. */
export const relationName = (relation: Edge['relation']): string => RELATION_NAMES[relation];

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
  if (primary.some(shownInHumans)) return { letter: 'H', words: m.sources_human() };
  if (has(ANIMAL_SPECIES)) return { letter: 'A', words: m.sources_animal() };
  if (primary.length > 0) return { letter: 'C', words: m.sources_cells() };
  return { letter: '–', words: m.sources_reviews() };
}
