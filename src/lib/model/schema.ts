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
/** Single-line text as every data file requires it (also the rule for translations). */
export const plainText = text;
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

const NODE_KINDS = [
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
  /** Two things seen together, with no causal link established. */
  'association',
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

const STUDY_TYPES = ['primary', 'meta-analysis', 'review', 'theory'] as const;
/**
 * Where a number or statement that is not from a peer-reviewed study comes from, so the
 * explorer can say, for example, "company press release, not peer-reviewed".
 */
export const SOURCE_TYPES = [
  'regulator',
  'drug-label',
  'company-press-release',
  'news',
  'journal-notice',
  'preprint',
  'peer-reviewed',
  'general-knowledge',
] as const;
const date = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}){0,2}$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);
const CERTAINTY = ['verified', 'recalled', 'uncertain'] as const;
const DIRECTIONS = ['for', 'against', 'null', 'mixed'] as const;
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
  /**
   * How thin or qualified the status is, shown with it wherever the status is named (for
   * example "one 21-person pilot"). Required when "shown in humans" rests on one human study.
   */
  statusNote: v.optional(text),
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
    asOf: date,
    summary: text,
    /** What kind of source the summary's facts and numbers come from. */
    sourceType: v.picklist(SOURCE_TYPES),
    /** When the summary was last re-checked against its sources; absent: not re-checked. */
    checked: v.optional(date),
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
    /**
     * True when the start was not measured (a single time point after the dose, or only the
     * closing time reported); drawn fading in. Set only where the source shows it.
     */
    startUncertain: v.optional(v.boolean()),
    species: v.picklist(SPECIES),
    summary: text,
    /**
     * Cascade steps measured under way during this phase (not steps it only depends on): they
     * link the phase and its steps when either is selected. The diagram's "active at time t"
     * reads the findings' own `measured` times instead (stepActivity.ts).
     */
    nodes: ids,
    /** What was checked against the source (start, end, species) and what rests on recall. */
    certainty: v.optional(Certainty),
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

/** Hours after one dose as [from, to]; a single time point when from equals to. */
const span = v.pipe(
  v.tuple([hours, hours]),
  v.check(([from, to]) => from <= to, 'from must not be after to'),
);

/** What a finding's `measured` entry may name instead of hours: the compound's acute phase. */
const MEASURED_DURING = ['acute'] as const;

/**
 * When after one dose a finding measured its steps, only as its result or its study's entry in
 * the source list states it (never guessed; left out after repeated or chronic dosing).
 * `during: 'acute'` is "during the acute effects", read as the compound's acute phase on the
 * timeline. `startUncertain`: the source gives how long the change lasted after the dose, not
 * when it began (as events.json says of the windows).
 */
const MeasuredSchema = v.pipe(
  v.strictObject({
    /** The steps measured at that time; each must be among the finding's supported nodes. */
    steps: v.pipe(ids, v.minLength(1, 'must name at least one step')),
    /** For a finding about several compounds whose times differ; all of them when left out. */
    compounds: v.optional(ids),
    hours: v.optional(span),
    during: v.optional(v.picklist(MEASURED_DURING)),
    startUncertain: v.optional(v.boolean()),
  }),
  v.check(
    (m) => (m.hours === undefined) !== (m.during === undefined),
    'must give either hours or during, not both',
  ),
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
  /** When after one dose the steps were measured; absent: the finding does not say. */
  measured: v.optional(v.array(MeasuredSchema)),
  caveat: v.optional(text),
  certainty: Certainty,
  popularClaims,
});

/** The views a presenter step puts on the stage. */
const STAGES = ['diagram', 'timeline', 'both'] as const;

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
  /** The kinds of phase the stage's timeline shows, so its labels can be large; all when left out. */
  phases: v.optional(v.array(v.picklist(EVENT_KINDS))),
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
  /** Safety lines the paragraph points to; shown as a link to the safety section. */
  safety: v.optional(ids, []),
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

/** A source that is not a study: a regulator's notice, a drug label, a press release, news, a preprint. */
export const DocumentSchema = v.strictObject({
  id,
  title: text,
  /** Who issued it, e.g. "US FDA", "Therapeutic Goods Administration (Australia)". */
  publisher: text,
  date,
  sourceType: v.picklist(SOURCE_TYPES),
  /** An identifier when it has one (DOI, trial number); never guessed. */
  identifier: v.optional(text),
  certainty: Certainty,
});

/** One dated regulatory or company milestone, with its sources. */
export const RegulatoryItemSchema = v.strictObject({
  id,
  compound: id,
  date,
  text,
  sourceType: v.picklist(SOURCE_TYPES),
  documents: v.optional(ids, []),
  findings: v.optional(ids, []),
  /** When this item was last re-checked against its sources; absent: not re-checked. */
  checked: v.optional(date),
  certainty: Certainty,
});

const SAFETY_TOPICS = [
  'exclusions',
  'interactions',
  'cardiovascular',
  'abuse-and-bladder',
  'label-warnings',
] as const;

/** One cited safety statement. Every line names its findings or documents. */
export const SafetyItemSchema = v.strictObject({
  id,
  topic: v.picklist(SAFETY_TOPICS),
  compounds: v.pipe(ids, v.minLength(1, 'must name at least one compound')),
  text,
  findings: v.optional(ids, []),
  documents: v.optional(ids, []),
});

const InterfaceLink = ShowMe;
/**
 * The app's own words that make claims: the key idea, the About dialog, the outline's level
 * names, the comparison's dimension names and the legend. Kept in data so an editor can
 * correct them and the check can verify the ids they name.
 */
export const InterfaceTextSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('key-idea'),
    id,
    lead: text,
    body: text,
    howSure: text,
    showMe: v.array(InterfaceLink),
  }),
  v.strictObject({
    kind: v.literal('about'),
    id,
    /** The date the evidence and the fields it covers were last reviewed. */
    reviewed: date,
    notAdvice: text,
    doesNotClaim: v.array(text),
    sources: text,
    /** Fields the last review did not re-check, said in words. */
    notRechecked: text,
  }),
  v.strictObject({ kind: v.literal('level'), id: v.picklist(LEVELS), name: text }),
  v.strictObject({
    kind: v.literal('dimension'),
    id: v.picklist(COMPARISON_DIMENSIONS),
    name: text,
  }),
  v.strictObject({ kind: v.literal('status'), id: v.picklist(EDGE_STATUSES), legend: text }),
  v.strictObject({ kind: v.literal('legend-note'), id, text }),
  /** An intervention the source article compared that this dataset does not cover, and why. */
  v.strictObject({ kind: v.literal('not-covered'), id, name: text, reason: text }),
]);
/**
 * A disagreement among the findings about an arrow: the point in dispute, the findings on
 * each side, and what evidence would settle it. Every side cites findings in findings.json.
 */
export const DisputeSchema = v.strictObject({
  id,
  /** The point in dispute, as a question. */
  question: text,
  /** The arrows it concerns; every contested arrow has at least one dispute. */
  edges: v.pipe(ids, v.minLength(1, 'must name at least one edge')),
  /** Two or three plain sentences on what is at stake, traceable to the findings listed. */
  summary: text,
  sides: v.pipe(
    v.array(
      v.strictObject({
        position: text,
        findings: v.pipe(ids, v.minLength(1, 'must cite at least one finding')),
      }),
    ),
    v.minLength(2, 'must have at least two sides'),
  ),
  /** What kind of study would settle it (reasoning, not a claim about results). */
  settle: text,
});

/** What kind of change a changelog entry records. */
const CHANGE_TYPES = [
  'added',
  'study-added',
  'finding-added',
  'finding-corrected',
  'study-corrected',
  'phase-corrected',
  'status-changed',
  'regulatory-update',
  'revised',
  'dispute-added',
  /** Records checked against their sources with nothing they say changed (a review note only). */
  'checked',
] as const;
/** `kind:id` of any record a change can touch. */
const changeRef = v.pipe(
  v.string(),
  v.regex(
    /^(node|edge|event|finding|study|compound|dispute|question|concept):[a-z0-9][a-z0-9-]*$/,
    'must be kind:id (node, edge, event, finding, study, compound, dispute, question or concept)',
  ),
);

/** One dated change to the content, with the records it touched and why (the git history of data/ is the record). */
export const ChangeSchema = v.strictObject({
  id,
  date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')),
  type: v.picklist(CHANGE_TYPES),
  ids: v.pipe(v.array(changeRef), v.minLength(1, 'must name at least one record')),
  reason: text,
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
  documents: { file: 'documents.json', schema: DocumentSchema },
  regulatory: { file: 'regulatory.json', schema: RegulatoryItemSchema },
  safety: { file: 'safety.json', schema: SafetyItemSchema },
  interface: { file: 'interface.json', schema: InterfaceTextSchema },
  disputes: { file: 'disputes.json', schema: DisputeSchema },
  changelog: { file: 'changelog.json', schema: ChangeSchema },
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
export type Dispute = v.InferOutput<typeof DisputeSchema>;
export type Change = v.InferOutput<typeof ChangeSchema>;
export type ShowMeLink = v.InferOutput<typeof ShowMe>;
export type SourceDocument = v.InferOutput<typeof DocumentSchema>;
export type RegulatoryItem = v.InferOutput<typeof RegulatoryItemSchema>;
export type SafetyItem = v.InferOutput<typeof SafetyItemSchema>;
export type InterfaceText = v.InferOutput<typeof InterfaceTextSchema>;
export type Level = (typeof LEVELS)[number];
export type EdgeStatus = (typeof EDGE_STATUSES)[number];
export type EvidenceLevel = Finding['level'];
export type Species = (typeof SPECIES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];

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
  documents: SourceDocument[];
  regulatory: RegulatoryItem[];
  safety: SafetyItem[];
  interface: InterfaceText[];
  disputes: Dispute[];
  changelog: Change[];
}
