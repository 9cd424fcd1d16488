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
import { m } from '../../paraglide/messages.js';

// Getters (and `name` below): the words are read when shown, after the page's language has
// loaded. LEVEL_LABELS stays English here; views show it through __t (its messages' English
// is the label itself).

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

/** The lens's choices as every control names them (the header and the embed dialog). */
export const EVIDENCE_LENS_LABELS: Record<EvidenceLens, string> = {
  get all() {
    return m.lens_all();
  },
  get human() {
    return m.lens_human();
  },
};

/** Where a regulatory or safety line comes from, as its citation says it. */
export const SOURCE_TYPE_LABELS: Record<(typeof SOURCE_TYPES)[number], string> = {
  get regulator() {
    return m.source_regulator();
  },
  get 'drug-label'() {
    return m.source_label();
  },
  get 'company-press-release'() {
    return m.source_press();
  },
  get news() {
    return m.source_news();
  },
  get 'journal-notice'() {
    return m.source_journal();
  },
  get preprint() {
    return m.source_preprint();
  },
  get 'peer-reviewed'() {
    return m.source_peer();
  },
  get 'general-knowledge'() {
    return m.source_general();
  },
};

/** The diagram's stage headings, by level. */
export const STAGE_HEADINGS: Record<'compound' | Level, string> = {
  get compound() {
    return m.stage_compound();
  },
  get receptor() {
    return m.stage_receptor();
  },
  get neurotransmission() {
    return m.stage_signal();
  },
  get neurotrophic() {
    return m.stage_growth();
  },
  get intracellular() {
    return m.stage_inside();
  },
  get structural() {
    return m.stage_structure();
  },
  get outcome() {
    return m.stage_outcome();
  },
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
    get name() {
      return m.group_humans();
    },
    species: ['human'],
  },
  {
    id: 'rodent',
    get name() {
      return m.group_rodents();
    },
    species: ['mouse', 'rat'],
  },
  {
    id: 'other-animal',
    get name() {
      return m.group_animals();
    },
    species: ['pig', 'non-human-primate', 'zebrafish', 'fly'],
  },
  {
    id: 'cells',
    get name() {
      return m.group_cells();
    },
    species: ['cells', 'in-silico'],
  },
];

/** Every animal other than humans: the rodents and the other animals. */
export const ANIMAL_SPECIES: readonly Species[] = SPECIES_GROUPS.filter(
  (g) => g.id === 'rodent' || g.id === 'other-animal',
).flatMap((g) => g.species);
