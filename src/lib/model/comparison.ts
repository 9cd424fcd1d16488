/**
 * The comparison of interventions as a matrix: one mark per cell saying what kind of evidence
 * the dataset holds for it, read from the cell's findings (their species, level and direction),
 * so a mark never claims more than the studies behind it, and "shown in humans" means what it
 * means on the diagram's arrows (shownInHumans in lens.ts). The cell's text and citations are shown
 * on demand.
 */
import { byId } from './graphIndex.ts';
import { shownInHumans } from './lens.ts';
import {
  COMPARISON_DIMENSIONS,
  LEVEL_OFF_LADDER,
  type ComparisonCell,
  type Dataset,
  type Finding,
} from './schema.ts';
import { m } from '../../paraglide/messages.js';

export type Dimension = (typeof COMPARISON_DIMENSIONS)[number];

export const CELL_MARKS = [
  'shown-in-humans',
  'pooled-in-humans',
  'looked-not-shown',
  'animals-only',
  'no-data',
] as const;
export type CellMark = (typeof CELL_MARKS)[number] | 'status';

/** What each mark means, as the key, each cell's name and the opened cell say it. */
export const CELL_MARK_LABELS: Record<CellMark, string> = {
  'shown-in-humans': m.compare_mark_shown(),
  'pooled-in-humans': m.compare_mark_pooled(),
  'looked-not-shown': m.compare_mark_looked(),
  'animals-only': m.compare_mark_animals(),
  'no-data': m.compare_mark_none(),
  status: m.compare_mark_status(),
};

export interface MatrixCell {
  compound: string;
  dimension: Dimension;
  mark: CellMark;
  text: string;
  findings: string[];
}

type Data = Pick<Dataset, 'comparison' | 'findings' | 'compounds' | 'studies'>;

/** The findings a mark reads, by id, and which studies pool others (meta-analyses). */
interface Lookups {
  findingById: ReadonlyMap<string, Finding>;
  metaAnalyses: Set<string>;
}
const lookups = (data: Pick<Data, 'findings' | 'studies'>): Lookups => ({
  findingById: byId(data.findings),
  metaAnalyses: new Set(data.studies.filter((s) => s.type === 'meta-analysis').map((s) => s.id)),
});

/**
 * What a cell's findings show, the first that applies: a primary human study found it (the one
 * rule, lens.ts); only a meta-analysis of human studies found it; human studies looked
 * and found a mixed, null or contrary result; only animal or cell studies bear on it; nothing.
 */
export function markOf(
  cell: ComparisonCell | undefined,
  data: Pick<Data, 'findings' | 'studies'>,
): CellMark {
  return markWith(cell, lookups(data));
}

function markWith(
  cell: ComparisonCell | undefined,
  { findingById, metaAnalyses }: Lookups,
): CellMark {
  if (!cell || cell.evidence === 'none') return 'no-data';
  if (cell.evidence === 'regulatory') return 'status';
  // Meta-analyses are read here (a pooled human result is human evidence, shown with its own
  // mark, never as "shown in a human study"); narrative reviews and theory papers are not.
  const findings = cell.findings
    .map((id) => findingById.get(id))
    .filter(
      (f): f is Finding =>
        f !== undefined && (f.level !== LEVEL_OFF_LADDER || metaAnalyses.has(f.study)),
    );
  if (findings.length === 0) return 'no-data';
  if (findings.some(shownInHumans)) return 'shown-in-humans';
  const human = findings.filter((f) => f.species.includes('human'));
  // The only human findings left in favour are meta-analyses' (narrative reviews were dropped).
  if (human.some((f) => f.direction === 'for')) return 'pooled-in-humans';
  // Humans were studied and the step was not clearly seen: what a reader asks first, so it
  // outranks an animal result, as an arrow's "not shown in humans" does on the diagram.
  if (human.length > 0) return 'looked-not-shown';
  return 'animals-only';
}

/** Rows (the compounds the comparison covers, in data order) and every cell with its mark. */
export function comparisonMatrix(data: Data) {
  const ids = [...new Set(data.comparison.map((c) => c.compound))];
  const look = lookups(data);
  const cells = new Map(data.comparison.map((c) => [`${c.compound}|${c.dimension}`, c]));
  const compounds = ids.map((id) => ({
    id,
    name: byId(data.compounds).get(id)?.name ?? id,
  }));
  const rows = compounds.map((compound) => ({
    ...compound,
    cells: COMPARISON_DIMENSIONS.map((dimension): MatrixCell => {
      const cell = cells.get(`${compound.id}|${dimension}`);
      return {
        compound: compound.id,
        dimension,
        mark: markWith(cell, look),
        text: cell?.text ?? '',
        findings: cell?.findings ?? [],
      };
    }),
  }));
  return { dimensions: COMPARISON_DIMENSIONS, rows };
}
