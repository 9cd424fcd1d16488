/**
 * The app's shared vocabularies: the words a closed set of values is shown with wherever it
 * appears, and which species make up each species group. The values themselves (the ids a data
 * file may use) are the schema's; these say how they read.
 *
 * Everything here ships with the first view. A vocabulary that only one lazily loaded view
 * shows stays beside that view's logic, so the first view (its byte budget full) does not carry
 * it: the timeline's phase kinds and colours (layout/timelineLayout.ts), the chart's species
 * colours and legend names (chart/evidenceChartOptions.ts), the table's species filter (evidenceRows.ts), the
 * comparison's marks (comparison.ts), the safety topics (safety.ts) and the kinds of change
 * (changes.ts).
 */
import type { EvidenceLens } from './lens.ts';
import type { EdgeStatus, EvidenceLevel, Level, SOURCE_TYPES, Species } from './schema.ts';

/** The evidence ladder's rungs, and syntheses, as the table, the panels and the chart name them. */
export const LEVEL_LABELS: Record<EvidenceLevel, string> = {
  'in-vitro': 'In vitro',
  animal: 'Animal',
  'human-mechanistic': 'Human, mechanistic',
  'human-small-trial': 'Human, small or open trial',
  'human-rct': 'Human, large blinded RCT',
  synthesis: 'Synthesis (not primary)',
};

export const EDGE_STATUS_LABELS: Record<EdgeStatus, string> = {
  'shown-in-humans': 'shown in humans',
  'established-in-animals': 'animal or cell evidence only',
  contested: 'contested',
  'not-shown-in-humans': 'not shown in humans',
};

/** The lens's choices as every control names them (the header and the embed dialog). */
export const EVIDENCE_LENS_LABELS: Record<EvidenceLens, string> = {
  all: 'All evidence',
  human: 'Human evidence only',
};

/** Where a regulatory or safety line comes from, as its citation says it. */
export const SOURCE_TYPE_LABELS: Record<(typeof SOURCE_TYPES)[number], string> = {
  regulator: "regulator's own notice",
  'drug-label': 'official drug label',
  'company-press-release': 'company press release, not peer-reviewed',
  news: 'news report, not peer-reviewed',
  'journal-notice': 'journal notice',
  preprint: 'preprint, not peer-reviewed',
  'peer-reviewed': 'peer-reviewed study',
  'general-knowledge': 'general knowledge, not checked against a source',
};

/** The diagram's stage headings, by level. */
export const STAGE_HEADINGS: Record<'compound' | Level, string> = {
  compound: 'Compound',
  receptor: 'Receptor',
  neurotransmission: 'Signal',
  neurotrophic: 'Growth factor',
  intracellular: 'Inside the cell',
  structural: 'Structure',
  outcome: 'Network & outcome',
};

export type SpeciesGroup = 'human' | 'rodent' | 'other-animal' | 'cells';

/**
 * The species groups the spoken summary counts ("9 findings, mostly in rodents") and the chart
 * colours. Every species of the schema is in exactly one group.
 */
export const SPECIES_GROUPS: readonly {
  id: SpeciesGroup;
  /** As a sentence counts in it: "mostly in rodents". */
  name: string;
  species: readonly Species[];
}[] = [
  { id: 'human', name: 'humans', species: ['human'] },
  { id: 'rodent', name: 'rodents', species: ['mouse', 'rat'] },
  {
    id: 'other-animal',
    name: 'other animals',
    species: ['pig', 'non-human-primate', 'zebrafish', 'fly'],
  },
  { id: 'cells', name: 'cells or simulations', species: ['cells', 'in-silico'] },
];

/** Every animal other than humans: the rodents and the other animals. */
export const ANIMAL_SPECIES: readonly Species[] = SPECIES_GROUPS.filter(
  (g) => g.id === 'rodent' || g.id === 'other-animal',
).flatMap((g) => g.species);
