/**
 * Which fields of the content a reader reads as prose, and so are translated in the
 * language overlays (`data/i18n/<lang>/<file>.json`); everything else (ids, enums, dates,
 * numbers, DOIs, PMIDs, URLs, authors, study and document titles, journals, publishers,
 * citations) stays as written, in every language.
 *
 * A field is named by a dot path; `*` stands for every index of an array, so
 * `answer.*.text` yields `answer.0.text`, `answer.1.text`, …
 */
import type { Collection } from './validate.ts';
import type { Dataset } from './schema.ts';

const CLAIMS = ['popularClaims.*.claim', 'popularClaims.*.actually'];

export const TRANSLATABLE: Record<Collection, readonly string[]> = {
  nodes: ['label', 'short', 'explanation', 'keyNumber.text', ...CLAIMS],
  edges: ['label', 'statusNote', 'explanation', ...CLAIMS],
  compounds: [
    'name',
    'includes.*',
    'class',
    'regulatory.summary',
    'regulatory.certainty.note',
    ...CLAIMS,
  ],
  events: ['label', 'summary', 'certainty.note', ...CLAIMS],
  // Title, authors, journal and citation stay as published.
  studies: ['model', 'design', 'sample', 'certainty.note'],
  findings: ['result', 'caveat', 'certainty.note', ...CLAIMS],
  tour: ['title', 'caption', 'notes'],
  questions: ['question', 'answer.*.text', 'showMe.*.label'],
  comparison: ['text'],
  concepts: ['title', 'summary', 'showMe.label'],
  // A notice's title and its publisher are names, kept as published.
  documents: ['certainty.note'],
  regulatory: ['text', 'certainty.note'],
  safety: ['text'],
  // One list for every kind of interface record; a kind has only some of these fields.
  interface: [
    'lead',
    'body',
    'howSure',
    'showMe.*.label',
    'notAdvice',
    'doesNotClaim.*',
    'sources',
    'notRechecked',
    'name',
    'legend',
    'text',
    'reason',
  ],
  disputes: ['question', 'summary', 'sides.*.position', 'settle'],
  changelog: ['reason'],
};

const PATTERNS = new Map(
  (Object.entries(TRANSLATABLE) as [Collection, readonly string[]][]).map(([collection, list]) => [
    collection,
    list.map((p) => new RegExp(`^${p.replaceAll('.', '\\.').replaceAll('*', '(?:0|[1-9]\\d*)')}$`)),
  ]),
);

/** Whether `path` (e.g. `answer.2.text`) names a translatable field of the collection's records. */
export function isTranslatablePath(collection: Collection, path: string): boolean {
  return PATTERNS.get(collection)?.some((re) => re.test(path)) ?? false;
}

/**
 * The key of a record in an overlay: its id, except where ids are not unique in the file.
 * `interface` records share ids across kinds (a level and a dimension are both `structural`),
 * so they are keyed `kind:id`; comparison cells have no id and are keyed `compound:dimension`.
 */
export function recordKey(collection: Collection, record: object): string {
  const r = record as { id?: string; kind?: string; compound?: string; dimension?: string };
  if (collection === 'interface') return `${r.kind}:${r.id}`;
  if (collection === 'comparison') return `${r.compound}:${r.dimension}`;
  return String(r.id);
}

export interface TranslatableText {
  /** Dot path with array indexes, e.g. `answer.0.text`. */
  path: string;
  english: string;
}

/** Every translatable text of one record, in the order of the patterns, with its concrete path. */
export function translatableTexts(collection: Collection, record: object): TranslatableText[] {
  const found: TranslatableText[] = [];
  const walk = (value: unknown, parts: string[], path: string[]) => {
    if (parts.length === 0) {
      if (typeof value === 'string') found.push({ path: path.join('.'), english: value });
      return;
    }
    const [head, ...rest] = parts as [string, ...string[]];
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, rest, [...path, String(i)]));
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      if (Object.hasOwn(value, head)) walk(Reflect.get(value, head), rest, [...path, head]);
    }
  };
  for (const pattern of TRANSLATABLE[collection]) walk(record, pattern.split('.'), []);
  return found;
}

/** One translatable text of the dataset, with the record it belongs to. */
export interface DatasetText extends TranslatableText {
  collection: Collection;
  record: string;
}

/** Every translatable text of the dataset, grouped by collection, then record. */
export function datasetTexts(dataset: Dataset): DatasetText[] {
  return (Object.keys(TRANSLATABLE) as Collection[]).flatMap((collection) =>
    (dataset[collection] as object[]).flatMap((record) => {
      const key = recordKey(collection, record);
      return translatableTexts(collection, record).map((t) => ({ ...t, collection, record: key }));
    }),
  );
}
