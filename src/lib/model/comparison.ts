/**
 * The comparison of interventions as a matrix: one mark per cell saying what kind of evidence
 * the dataset holds for it, read from the cell's findings (their species and direction), so a
 * mark never claims more than the studies behind it. The cell's text and citations are shown
 * on demand.
 */
import {
  COMPARISON_DIMENSIONS,
  LEVEL_OFF_LADDER,
  type ComparisonCell,
  type Dataset,
  type Finding,
} from './schema.ts';

export type Dimension = (typeof COMPARISON_DIMENSIONS)[number];

export const CELL_MARKS = [
  'shown-in-humans',
  'animals-only',
  'looked-not-shown',
  'no-data',
] as const;
export type CellMark = (typeof CELL_MARKS)[number] | 'status';

export const CELL_MARK_LABELS: Record<CellMark, string> = {
  'shown-in-humans': 'Shown in humans',
  'animals-only': 'In animals or cells only',
  'looked-not-shown': 'Looked for, not shown',
  'no-data': 'No data in this dataset',
  status: 'Legal and approval status',
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
  findingById: Map<string, Finding>;
  metaAnalyses: Set<string>;
}
const lookups = (data: Pick<Data, 'findings' | 'studies'>): Lookups => ({
  findingById: new Map(data.findings.map((f) => [f.id, f])),
  metaAnalyses: new Set(data.studies.filter((s) => s.type === 'meta-analysis').map((s) => s.id)),
});

/** What a cell's findings show: a positive primary finding in humans, only in other species, or none. */
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
  // Meta-analyses count here (a pooled human result is human evidence); narrative reviews
  // and theory papers do not.
  const findings = cell.findings
    .map((id) => findingById.get(id))
    .filter(
      (f): f is Finding =>
        f !== undefined && (f.level !== LEVEL_OFF_LADDER || metaAnalyses.has(f.study)),
    );
  if (findings.length === 0) return 'no-data';
  const positive = findings.filter((f) => f.direction === 'for' || f.direction === 'mixed');
  if (positive.some((f) => f.species.includes('human'))) return 'shown-in-humans';
  if (positive.length > 0) return 'animals-only';
  return 'looked-not-shown';
}

/** Rows (the compounds the comparison covers, in data order) and every cell with its mark. */
export function comparisonMatrix(data: Data) {
  const ids = [...new Set(data.comparison.map((c) => c.compound))];
  const look = lookups(data);
  const cells = new Map(data.comparison.map((c) => [`${c.compound}|${c.dimension}`, c]));
  const compounds = ids.map((id) => ({
    id,
    name: data.compounds.find((c) => c.id === id)?.name ?? id,
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
