/**
 * The one schema of the explorer's content. Every type the app uses is derived from
 * these valibot schemas, and the build validates `data/*.json` against them.
 * Field-level rules live here; rules that span files live in `crossChecks.ts`.
 */
import * as v from 'valibot';
import { findHiddenCharacter, hiddenCharacterMessage } from './hiddenCharacters.ts';

const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens'),
);
/** One line of plain text: no control, zero-width or bidirectional characters (named when found). */
const text = v.pipe(
  v.string(),
  v.check(
    (value) => findHiddenCharacter(value) === null,
    (issue) => hiddenCharacterMessage(String(issue.input)),
  ),
  v.trim(),
  v.minLength(1, 'must not be empty'),
);
/** `node:ID`, `edge:ID`, `event:ID` or `finding:ID`: something a link can select. */
const focusRef = v.pipe(
  v.string(),
  v.regex(/^(node|edge|event|finding):[a-z0-9][a-z0-9-]*$/, 'must be kind:id'),
);
const ids = v.array(id);

/** Ordered columns of the cascade, from where a drug acts to what a person notices. */
export const LEVELS = [
  'receptor',
  'neurotransmission',
  'neurotrophic',
  'intracellular',
  'structural',
  'outcome',
] as const;

export const NODE_KINDS = [
  'receptor',
  'release',
  'transmitter',
  'growth-factor',
  'signalling',
  'structure',
  'network',
  'window',
  'outcome',
] as const;

export const RELATIONS = [
  'agonism',
  'antagonism',
  'disinhibition',
  'release',
  'binding',
  'activation',
  'synthesis',
  'growth',
  'opening',
  'modulation',
] as const;

/**
 * What the evidence for an edge amounts to. `not-shown-in-humans` means humans were
 * studied and the step was not seen (e.g. blood BDNF), which differs from a step that
 * simply has only animal evidence.
 */
export const EDGE_STATUSES = [
  'shown-in-humans',
  'established-in-animals',
  'contested',
  'not-shown-in-humans',
] as const;

/** The evidence ladder, weakest first. `synthesis` (reviews, meta-analyses, theory) is off the ladder. */
export const EVIDENCE_LEVELS = [
  'in-vitro',
  'animal',
  'human-mechanistic',
  'human-small-trial',
  'human-rct',
] as const;
export const LEVEL_OFF_LADDER = 'synthesis' as const;

export const SPECIES = [
  'human',
  'non-human-primate',
  'pig',
  'rat',
  'mouse',
  'zebrafish',
  'fly',
  'cells',
  'in-silico',
] as const;

export const STUDY_TYPES = ['primary', 'meta-analysis', 'review', 'theory'] as const;
export const CERTAINTY = ['verified', 'recalled', 'uncertain'] as const;
export const DIRECTIONS = ['for', 'against', 'null', 'mixed'] as const;
export const EVENT_KINDS = [
  'acute',
  'signalling',
  'spine-formation',
  'persistence',
  'window',
  'clinical',
] as const;

/** How sure the source list is of a record: verified against a source, recalled, or uncertain. */
const Certainty = v.strictObject({
  level: v.picklist(CERTAINTY),
  note: v.optional(text),
});

/** A claim popular accounts make, beside what the primary study reports. */
const PopularClaim = v.strictObject({
  claim: text,
  actually: text,
});
const popularClaims = v.optional(v.array(PopularClaim));

export const NodeSchema = v.strictObject({
  id,
  label: text,
  /** A 1–3 word label for far-out zoom and narrow screens. */
  short: text,
  level: v.picklist(LEVELS),
  kind: v.picklist(NODE_KINDS),
  /** Two to four plain sentences for a curious adult. */
  explanation: text,
  /** The number shown in place at close zoom; it must name the finding it comes from. */
  keyNumber: v.optional(v.strictObject({ text, finding: id })),
  popularClaims,
});

export const EdgeSchema = v.strictObject({
  id,
  /** A node id or a compound id. */
  from: id,
  to: id,
  relation: v.picklist(RELATIONS),
  status: v.picklist(EDGE_STATUSES),
  label: text,
  explanation: text,
  popularClaims,
});

export const CompoundSchema = v.strictObject({
  id,
  name: text,
  /** Other names and close relatives grouped under this entry, e.g. esketamine. */
  includes: v.optional(v.array(text)),
  class: text,
  /** The node where the compound first acts; an edge from the compound to it must exist. */
  entry: id,
  /** Comparison rows (SSRIs, exercise): shown as context, not as a psychoplastogen route. */
  comparison: v.optional(v.boolean()),
  regulatory: v.strictObject({
    asOf: v.pipe(
      v.string(),
      v.regex(/^\d{4}(-\d{2}){0,2}$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
    ),
    summary: text,
    certainty: Certainty,
  }),
  popularClaims,
});

const hours = v.pipe(v.number(), v.minValue(0, 'must be 0 or more hours'));

export const EventSchema = v.pipe(
  v.strictObject({
    id,
    compound: id,
    kind: v.picklist(EVENT_KINDS),
    label: text,
    /** Hours after a single dose. */
    startHours: hours,
    endHours: hours,
    /** True when the end is not measured or varies widely; drawn fading out. */
    endUncertain: v.boolean(),
    species: v.picklist(SPECIES),
    summary: text,
    /** Cascade nodes active during this event. */
    nodes: ids,
    popularClaims,
  }),
  v.forward(
    v.check((e) => e.endHours >= e.startHours, 'endHours must not be before startHours'),
    ['endHours'],
  ),
);

export const StudySchema = v.pipe(
  v.strictObject({
    id,
    authors: text,
    year: v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100)),
    title: text,
    journal: text,
    /** Volume, issue and pages as listed, when known. */
    citation: v.optional(text),
    doi: v.optional(
      v.pipe(
        v.string(),
        v.regex(
          /^10\.\d{4,9}\/[^\s{}\\]+$/,
          'must look like 10.xxxx/… (no spaces, braces or backslashes)',
        ),
      ),
    ),
    pmid: v.optional(v.pipe(v.string(), v.regex(/^\d{1,9}$/, 'must be digits only'))),
    type: v.picklist(STUDY_TYPES),
    species: v.pipe(v.array(v.picklist(SPECIES)), v.minLength(1, 'must name at least one')),
    /** Species, model or population in the study's words. */
    model: text,
    design: text,
    /** Total sample size, when one number describes it. */
    n: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    /** Sample as reported, e.g. "24 pigs, 6 per group". */
    sample: v.optional(text),
    certainty: Certainty,
  }),
  v.check((s) => Boolean(s.doi || s.pmid), 'has neither a DOI nor a PMID'),
);

export const FindingSchema = v.strictObject({
  id,
  study: id,
  compounds: v.pipe(ids, v.minLength(1, 'must name at least one compound')),
  species: v.pipe(v.array(v.picklist(SPECIES)), v.minLength(1, 'must name at least one')),
  /** The result in plain words with its numbers as reported. */
  result: text,
  direction: v.picklist(DIRECTIONS),
  level: v.picklist([...EVIDENCE_LEVELS, LEVEL_OFF_LADDER]),
  supports: v.strictObject({
    nodes: v.optional(ids, []),
    edges: v.optional(ids, []),
    events: v.optional(ids, []),
  }),
  caveat: v.optional(text),
  certainty: Certainty,
  popularClaims,
});

/** The views a presenter step puts on the stage. */
export const STAGES = ['diagram', 'timeline', 'both'] as const;

export const TourStepSchema = v.strictObject({
  id,
  title: text,
  caption: text,
  compound: v.optional(id),
  /** `node:ID`, `edge:ID`, `event:ID` or `finding:ID`. */
  focus: v.optional(focusRef),
  /** Hours after the dose. */
  t: v.optional(hours),
  /** What the projected stage shows for this step; the diagram when left out. */
  stage: v.optional(v.picklist(STAGES)),
  /** The steps and compounds the stage's diagram must show, zoomed to fit; the focus when left out. */
  frame: v.optional(v.array(id)),
  /** What the presenter might say or ask, shown only in the speaker view. */
  notes: v.optional(text),
});

/** Where a "show me" link takes the views. */
const ShowMe = v.strictObject({
  label: text,
  compound: v.optional(id),
  focus: v.optional(focusRef),
  t: v.optional(hours),
});

/** A paragraph of an answer; every claim in it traces to findings or to a compound's regulatory note. */
const Paragraph = v.strictObject({
  text,
  findings: v.optional(ids, []),
  /** Compounds whose regulatory status the paragraph states. */
  regulatory: v.optional(ids, []),
});

export const QuestionSchema = v.strictObject({
  id,
  question: text,
  answer: v.pipe(v.array(Paragraph), v.minLength(1, 'must have at least one paragraph')),
  showMe: v.optional(v.array(ShowMe), []),
});

export const COMPARISON_DIMENSIONS = [
  'entry',
  'bdnf-animal',
  'bdnf-human',
  'structural',
  'window',
  'clinical',
  'regulatory',
] as const;

export const ComparisonCellSchema = v.strictObject({
  compound: id,
  dimension: v.picklist(COMPARISON_DIMENSIONS),
  text,
  /** `none`: the dataset has no evidence for this cell; the text must say so. */
  evidence: v.picklist(['findings', 'none', 'regulatory']),
  findings: v.optional(ids, []),
});

export const ConceptSchema = v.strictObject({
  id,
  title: text,
  summary: text,
  nodes: v.pipe(ids, v.minLength(1, 'must relate to at least one node')),
  findings: v.pipe(ids, v.minLength(1, 'must cite at least one finding')),
  showMe: ShowMe,
});

export const DATA_FILES = {
  nodes: { file: 'nodes.json', schema: NodeSchema },
  edges: { file: 'edges.json', schema: EdgeSchema },
  compounds: { file: 'compounds.json', schema: CompoundSchema },
  events: { file: 'events.json', schema: EventSchema },
  studies: { file: 'studies.json', schema: StudySchema },
  findings: { file: 'findings.json', schema: FindingSchema },
  tour: { file: 'tour.json', schema: TourStepSchema },
  questions: { file: 'questions.json', schema: QuestionSchema },
  comparison: { file: 'comparison.json', schema: ComparisonCellSchema },
  concepts: { file: 'concepts.json', schema: ConceptSchema },
} as const;

export type CascadeNode = v.InferOutput<typeof NodeSchema>;
export type Edge = v.InferOutput<typeof EdgeSchema>;
export type Compound = v.InferOutput<typeof CompoundSchema>;
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Study = v.InferOutput<typeof StudySchema>;
export type Finding = v.InferOutput<typeof FindingSchema>;
export type TourStep = v.InferOutput<typeof TourStepSchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type ComparisonCell = v.InferOutput<typeof ComparisonCellSchema>;
export type Concept = v.InferOutput<typeof ConceptSchema>;
export type ShowMeLink = v.InferOutput<typeof ShowMe>;
export type Level = (typeof LEVELS)[number];
export type EdgeStatus = (typeof EDGE_STATUSES)[number];
export type EvidenceLevel = Finding['level'];
export type Species = (typeof SPECIES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type Stage = (typeof STAGES)[number];

export interface Dataset {
  nodes: CascadeNode[];
  edges: Edge[];
  compounds: Compound[];
  events: TimelineEvent[];
  studies: Study[];
  findings: Finding[];
  tour: TourStep[];
  questions: Question[];
  comparison: ComparisonCell[];
  concepts: Concept[];
}
