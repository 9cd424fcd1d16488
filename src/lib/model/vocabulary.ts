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
import type {
  EdgeStatus,
  EvidenceLevel,
  Finding,
  Level,
  RELATIONS,
  SOURCE_TYPES,
  Species,
  Study,
} from './schema.ts';
import { m } from '../../paraglide/messages.js';

// Each message is its text in the page's language, inlined by the build (vite.config.ts,
// onlyChosenLanguage), so a record of them costs what one of literals does.

/** The evidence ladder's rungs, and syntheses, as the table, the panels and the chart name them. */
export const LEVEL_LABELS: Record<EvidenceLevel, string> = {
  'in-vitro': m.level_in_vitro(),
  animal: m.level_animal(),
  'human-mechanistic': m.level_mech(),
  'human-small-trial': m.level_small(),
  'human-rct': m.level_rct(),
  synthesis: m.level_synthesis(),
};

/** Each species as a finding, a phase or a legend names it ("mouse", "ratón"). */
export const SPECIES_NAMES: Record<Species, string> = {
  human: m.species_human(),
  'non-human-primate': m.species_non_human_primate(),
  pig: m.species_pig(),
  rat: m.species_rat(),
  mouse: m.species_mouse(),
  zebrafish: m.species_zebrafish(),
  fly: m.species_fly(),
  cells: m.species_cells(),
  'in-silico': m.species_in_silico(),
};

/** How one step acts on the next ("agonism", "release"), as an arrow's evidence names it. */
export const RELATION_NAMES: Record<(typeof RELATIONS)[number], string> = {
  agonism: m.relation_agonism(),
  antagonism: m.relation_antagonism(),
  disinhibition: m.relation_disinhibition(),
  release: m.relation_release(),
  binding: m.relation_binding(),
  activation: m.relation_activation(),
  synthesis: m.relation_synthesis(),
  growth: m.relation_growth(),
  opening: m.relation_opening(),
  modulation: m.relation_modulation(),
  association: m.relation_association(),
};

/**
 * A finding's direction where it is named: a finding "for" a step is said by saying nothing,
 * and one with no effect has a sentence of its own in each view.
 */
export const DIRECTION_NAMES: Record<Exclude<Finding['direction'], 'for' | 'null'>, string> = {
  against: m.direction_against(),
  mixed: m.direction_mixed(),
};

/** How far a record was checked against its source. */
export const CERTAINTY_NAMES: Record<Finding['certainty']['level'], string> = {
  verified: m.certainty_verified(),
  recalled: m.certainty_recalled(),
  uncertain: m.certainty_uncertain(),
};

/** A study that is not a primary study, as its row says so ("review"). */
export const STUDY_TYPE_NAMES: Record<Exclude<Study['type'], 'primary'>, string> = {
  'meta-analysis': m.study_type_meta(),
  review: m.study_type_review(),
  theory: m.study_type_theory(),
};

export const EDGE_STATUS_LABELS: Record<EdgeStatus, string> = {
  'shown-in-humans': m.status_shown(),
  'established-in-animals': m.status_animals(),
  contested: m.status_contested(),
  'not-shown-in-humans': m.status_not_shown(),
};

/** The lens's choices as every control names them (the header and the embed dialog). */
export const EVIDENCE_LENS_LABELS: Record<EvidenceLens, string> = {
  all: m.lens_all(),
  human: m.lens_human(),
};

/** Where a regulatory or safety line comes from, as its citation says it. */
export const SOURCE_TYPE_LABELS: Record<(typeof SOURCE_TYPES)[number], string> = {
  regulator: m.source_regulator(),
  'drug-label': m.source_label(),
  'company-press-release': m.source_press(),
  news: m.source_news(),
  'journal-notice': m.source_journal(),
  preprint: m.source_preprint(),
  'peer-reviewed': m.source_peer(),
  'general-knowledge': m.source_general(),
};

/** The diagram's stage headings, by level. */
export const STAGE_HEADINGS: Record<'compound' | Level, string> = {
  compound: m.stage_compound(),
  receptor: m.stage_receptor(),
  neurotransmission: m.stage_signal(),
  neurotrophic: m.stage_growth(),
  intracellular: m.stage_inside(),
  structural: m.stage_structure(),
  outcome: m.stage_outcome(),
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
  {
    id: 'human',
    name: m.group_humans(),
    species: ['human'],
  },
  {
    id: 'rodent',
    name: m.group_rodents(),
    species: ['mouse', 'rat'],
  },
  {
    id: 'other-animal',
    name: m.group_animals(),
    species: ['pig', 'non-human-primate', 'zebrafish', 'fly'],
  },
  {
    id: 'cells',
    name: m.group_cells(),
    species: ['cells', 'in-silico'],
  },
];

/** Every animal other than humans: the rodents and the other animals. */
export const ANIMAL_SPECIES: readonly Species[] = SPECIES_GROUPS.filter(
  (g) => g.id === 'rodent' || g.id === 'other-animal',
).flatMap((g) => g.species);
