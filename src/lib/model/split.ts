/**
 * The first view draws the cascade from the data's structure: ids, labels, links, levels
 * and which findings support which step. The prose (explanations, results, caveats,
 * citations, the learning layer) is most of the bytes and is read only by parts that load
 * after the first view, so the build ships it as a separate chunk that fills the same
 * records in place when it arrives.
 */
import type { Dataset } from './schema.ts';

/**
 * Fields that only the detail panel, the table, the exports, the learning layer, a chosen
 * compound's status and the diagram's "active at time t" (stepActivity.ts) read. Findings' `measured` times leave the
 * prose too, for a chunk of their own (DatasetTiming, below).
 */
export const PROSE_FIELDS = {
  nodes: ['explanation', 'popularClaims'],
  edges: ['explanation', 'popularClaims'],
  events: ['summary', 'certainty', 'popularClaims'],
  compounds: ['regulatory', 'popularClaims'],
  findings: ['study', 'compounds', 'measured', 'result', 'caveat', 'certainty', 'popularClaims'],
} as const satisfies Partial<Record<keyof Dataset, readonly string[]>>;

/**
 * The tour's words: only the presenter bar, the speaker view, the Embed dialog and "Cite this
 * view" show them, and each loads when a reader acts (or a link opens the tour), so they ship
 * apart from the prose, which loads on every visit. Read them through `getTourContext()` in
 * tourText.ts.
 */
export const TOUR_TEXT_FIELDS = ['title', 'caption', 'notes'] as const;

/** Collections read only after the first view, shipped whole with the prose. */
export const PROSE_COLLECTIONS = [
  'studies',
  'questions',
  'comparison',
  'concepts',
  'documents',
  'regulatory',
  'safety',
  'disputes',
  'changelog',
] as const;

type Fielded = keyof typeof PROSE_FIELDS;
type Whole = (typeof PROSE_COLLECTIONS)[number];
type Row = object;

/** A record as the first view has it, for example `Core<'nodes'>`. */
export type Core<K extends Fielded | 'tour'> = CoreDataset[K][number];

/**
 * The data as the first view has it. Code that reads prose must get the full `Dataset`
 * through `getProseContext()` (state/prose.ts), so the compiler catches a read that would
 * come too early.
 */
export type CoreDataset = {
  [K in Exclude<keyof Dataset, Whole>]: K extends Fielded
    ? Omit<Dataset[K][number], (typeof PROSE_FIELDS)[K][number]>[]
    : K extends 'tour'
      ? Omit<Dataset['tour'][number], TourText>[]
      : Dataset[K];
};
type TourText = (typeof TOUR_TEXT_FIELDS)[number];

/** The data once the prose has arrived: all of it but the tour's words (see tourText.ts). */
export type ProseDataset = Omit<Dataset, 'tour'> & { tour: CoreDataset['tour'] };

/** The app's own words the first view shows; the rest of `interface` loads with the prose. */
const FIRST_VIEW_TEXT = new Set(['key-idea', 'level', 'status', 'legend-note']);
/**
 * The key's note on steps active at the chosen time is shown only once a time is chosen,
 * which loads the prose anyway (the findings' measured times), so it travels with the prose.
 */
const LATER_NOTES = new Set(['active-at-time']);
/** Whether a record of `interface` ships with the first view. */
const inFirstView = (t: Pick<Dataset['interface'][number], 'kind' | 'id'>) =>
  FIRST_VIEW_TEXT.has(t.kind) && !(t.kind === 'legend-note' && LATER_NOTES.has(t.id));

export interface DatasetProse {
  /** Per collection, one object per record, in the same order as the core's records. */
  fields: Record<Fielded, Row[]>;
  collections: Pick<Dataset, Whole>;
  /** Records of `interface` that only later parts show (the About text, comparison names). */
  laterText: Dataset['interface'];
}

/**
 * The findings' measured times (`measured`, by finding id): only the diagram's "active at
 * time t" reads them, so they load once a time is chosen, apart from the prose.
 */
export interface DatasetTiming {
  /** [finding id, measured] pairs: JSON has no Map, and a plain object would find inherited keys. */
  measured: [string, NonNullable<Dataset['findings'][number]['measured']>][];
}

export function splitDataset(data: Dataset): {
  core: CoreDataset;
  prose: DatasetProse;
  tourText: Row[];
  timing: DatasetTiming;
} {
  const core = { ...data } as Record<keyof Dataset, unknown>;
  const fields = {} as DatasetProse['fields'];
  for (const [collection, names] of Object.entries(PROSE_FIELDS) as unknown as [
    Fielded,
    readonly string[],
  ][]) {
    const records = data[collection] as unknown as Row[];
    fields[collection] = records.map((record) => pick(record, names, true));
    core[collection] = records.map((record) => pick(record, names, false));
  }
  const collections = {} as Record<Whole, unknown>;
  for (const name of PROSE_COLLECTIONS) {
    collections[name] = data[name];
    core[name] = [];
  }
  core.interface = data.interface.filter(inFirstView);
  const laterText = data.interface.filter((t) => !inFirstView(t));
  core.tour = data.tour.map((step) => pick(step, TOUR_TEXT_FIELDS, false));
  const timing: DatasetTiming = { measured: [] };
  fields.findings = data.findings.map((f, i) => {
    if (f.measured) timing.measured.push([f.id, f.measured]);
    return pick(fields.findings[i]!, ['measured'], false);
  });
  return {
    core: core as unknown as CoreDataset,
    prose: { fields, collections: collections as DatasetProse['collections'], laterText },
    tourText: data.tour.map((step) => pick(step, TOUR_TEXT_FIELDS, true)),
    timing,
  };
}

/** Gives the findings (complete with their prose, or not) their measured times, in place. */
export function mergeTiming(core: CoreDataset, timing: DatasetTiming): void {
  const byFinding = new Map(timing.measured);
  for (const f of (core as unknown as Dataset).findings) {
    const measured = byFinding.get(f.id);
    if (measured) f.measured = measured;
  }
}

/** Fills each record with its row of fields, in place; refuses rows from another build. */
function fill(name: string, collection: string, records: Row[], rows: Row[]): void {
  if (records.length !== rows.length)
    throw new Error(
      `${name}: ${collection} has ${records.length} records but ${rows.length} prose entries; the two chunks come from different builds`,
    );
  records.forEach((record, i) => Object.assign(record, rows[i]));
}

/** Completes `core` in place, so every holder of its records sees the prose. */
export function mergeProse(core: CoreDataset, prose: DatasetProse): ProseDataset {
  const full = core as unknown as ProseDataset;
  for (const [collection, rows] of Object.entries(prose.fields) as [Fielded, Row[]][])
    fill('mergeProse', collection, full[collection] as unknown as Row[], rows);
  for (const name of PROSE_COLLECTIONS)
    (full[name] as unknown[]).splice(0, Infinity, ...prose.collections[name]);
  full.interface.splice(0, Infinity, ...full.interface.filter(inFirstView), ...prose.laterText);
  return full;
}

/** Adds the tour's words to the merged data, in place (see `TOUR_TEXT_FIELDS`). */
export function mergeTourText(data: ProseDataset, tourText: Row[]): Dataset {
  fill('mergeTourText', 'tour', data.tour, tourText);
  return data as unknown as Dataset;
}

function pick(record: Row, names: readonly string[], keep: boolean): Row {
  return Object.fromEntries(Object.entries(record).filter(([key]) => names.includes(key) === keep));
}
