/**
 * "Evidence at a glance": every finding as one mark, cascade steps down the side and the
 * evidence ladder across (syntheses apart), coloured by species group, sized by the study's
 * n, shaped by direction. Pure: where each mark goes, in pixels, from the data, the width
 * and the type size. The Plot options (evidenceChartOptions.ts) only draw what this returns.
 */
import { byId } from '../model/graphIndex.ts';
import { EVIDENCE_LEVELS, LEVELS, type Dataset, type EvidenceLevel } from '../model/schema.ts';
import { shortCitation } from '../model/evidenceRows.ts';
import type { Highlights } from '../model/highlights.ts';
import {
  LEVEL_LABELS,
  SPECIES_GROUPS,
  SPECIES_NAMES,
  type SpeciesGroup,
} from '../model/vocabulary.ts';
import { m } from '../../paraglide/messages.js';

/** The column order: the ladder, weakest first, then syntheses one column apart. */
export const CHART_COLUMNS: EvidenceLevel[] = [...EVIDENCE_LEVELS, 'synthesis'];
/** Column positions in x units: the ladder at 0–4, syntheses at 5.6 behind a gap. */
export const columnX = (level: EvidenceLevel) =>
  level === 'synthesis' ? EVIDENCE_LEVELS.length + 0.6 : CHART_COLUMNS.indexOf(level);
export const X_DOMAIN: [number, number] = [-0.5, EVIDENCE_LEVELS.length + 1.1];
/** Where the dashed line between the ladder and the syntheses goes. */
export const SYNTHESIS_DIVIDER = EVIDENCE_LEVELS.length - 0.2;

/** Two-line column labels, short enough for 28 px type on a 1024 px projector. */
export const COLUMN_LABELS: Record<EvidenceLevel, string> = {
  'in-vitro': m.chart_col_in_vitro(),
  animal: m.chart_col_animal(),
  'human-mechanistic': m.chart_col_human_mech(),
  'human-small-trial': m.chart_col_small_trial(),
  'human-rct': m.chart_col_rct(),
  synthesis: m.chart_col_synthesis(),
};

/** A column label on one line: "Synth-\nesis" → "Synthesis", "Large\nRCT" → "Large RCT". */
export const oneLine = (label: string) => label.replace('-\n', '').replace('\n', ' ');

export type Direction = 'for' | 'mixed' | 'null' | 'against';
export const DIRECTION_WORDS: Record<Direction, string> = {
  for: m.chart_dir_for(),
  mixed: m.chart_dir_mixed(),
  null: m.chart_dir_null(),
  against: m.chart_dir_against(),
};

/** Findings that bear on no step (only on timeline phases) share this row. */
const TIME_COURSE_ROW = {
  id: 'time-course',
  label: m.chart_time_course(),
};

export interface ChartPoint {
  id: string;
  /** The row: the first cascade step the finding bears on. */
  step: string;
  level: EvidenceLevel;
  group: SpeciesGroup;
  direction: Direction;
  /** The study's n, when one number describes its sample. */
  n: number | null;
  /** Position in pixels inside the plot area, and radius. */
  x: number;
  y: number;
  r: number;
  /** What a screen reader says, and a tooltip shows, for this mark. */
  label: string;
}

export interface ChartRow {
  id: string;
  label: string;
  /** Centre and extent in pixels, from the top of the plot area. */
  y: number;
  top: number;
  bottom: number;
  count: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  fontSize: number;
  rows: ChartRow[];
  points: ChartPoint[];
  /** Pixels per x unit (one ladder column). */
  columnWidth: number;
  /** Column labels on one line, turned upright, where two lines would not fit across. */
  rotateLabels: boolean;
}

/** The species group a finding counts in: its most human-like species. */
export function speciesGroup(species: readonly string[]): SpeciesGroup {
  return (SPECIES_GROUPS.find((g) => g.species.some((s) => species.includes(s))) ??
    SPECIES_GROUPS[3])!.id;
}

/** The first cascade step a finding names: a node, else the node an arrow it supports leads to. */
export function primaryStep(
  finding: Dataset['findings'][number],
  data: Pick<Dataset, 'nodes' | 'edges'>,
): string {
  if (finding.supports.nodes[0]) return finding.supports.nodes[0];
  const nodeIds = new Set(data.nodes.map((n) => n.id));
  for (const id of finding.supports.edges) {
    const edge = byId(data.edges).get(id);
    if (edge && nodeIds.has(edge.to)) return edge.to;
  }
  return TIME_COURSE_ROW.id;
}

/** Steps in cascade order (column, then file order), then the time-course row if used. */
function orderedSteps(data: Omit<Dataset, 'tour'>, used: Set<string>) {
  const steps: { id: string; label: string }[] = [...data.nodes]
    .sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level))
    .map((n) => ({ id: n.id, label: n.short }));
  if (used.has(TIME_COURSE_ROW.id)) steps.push(TIME_COURSE_ROW);
  return steps;
}

/**
 * Radius from n on a log scale: samples run from 7 to over 1,600, and on a linear or
 * square-root scale every study but two would look the same size.
 */
export function radiusFor(n: number | null, maxN: number, scale: number): number {
  const min = 4 * scale;
  const max = 11 * scale;
  if (n === null || maxN <= 1) return min;
  return min + (max - min) * (Math.log(Math.max(1, n)) / Math.log(maxN));
}

export function evidenceChartLayout(
  data: Omit<Dataset, 'tour'>,
  width: number,
  fontSize = 13,
  /** The findings to draw (the species lens keeps those in humans); every one when left out. */
  only: ReadonlySet<string> | null = null,
): ChartLayout {
  const studies = new Map(data.studies.map((s) => [s.id, s]));
  const nodeLabel = new Map(data.nodes.map((n) => [n.id, n.label]));
  const scale = Math.max(1, fontSize / 13);
  // Centres at least 24 px apart (and wide enough for the largest mark): every mark is a
  // press target, and targets that close would be missed on a phone.
  const spacing = Math.max(26, 22 * scale + 4);
  const longest = Math.max(...data.nodes.map((n) => n.short.length), TIME_COURSE_ROW.label.length);
  const margin = {
    top: 8,
    right: 8,
    bottom: Math.ceil(fontSize * 2.6 + 12),
    left: Math.ceil(longest * fontSize * 0.62 + 14),
  };
  const plotWidth = Math.max(1, width - margin.left - margin.right);
  const columnWidth = plotWidth / (X_DOMAIN[1] - X_DOMAIN[0]);
  // Columns narrower than their two-line labels (a phone) get one-line labels turned upright.
  const widestLine = Math.max(
    ...Object.values(COLUMN_LABELS).flatMap((l) => l.split('\n').map((w) => w.length)),
  );
  const rotateLabels = columnWidth < widestLine * fontSize * 0.62 + 6;
  if (rotateLabels) {
    const longestLabel = Math.max(...Object.values(COLUMN_LABELS).map((l) => oneLine(l).length));
    margin.bottom = Math.ceil(longestLabel * fontSize * 0.62 + 14);
  }
  const perLine = Math.max(1, Math.floor((columnWidth - 4) / spacing));

  // Every step keeps its row under the lens, so an empty row shows where humans were not studied.
  const findings = data.findings
    .filter((f) => !only || only.has(f.id))
    .map((f) => ({ f, step: primaryStep(f, data) }));
  const steps = orderedSteps(data, new Set(findings.map((x) => x.step)));
  const maxN = Math.max(1, ...data.studies.map((s) => s.n ?? 1));

  const rows: ChartRow[] = [];
  const points: ChartPoint[] = [];
  let top = 0;
  for (const step of steps) {
    const inRow = findings.filter((x) => x.step === step.id);
    const cells = CHART_COLUMNS.map((level) => inRow.filter((x) => x.f.level === level));
    const lines = Math.max(1, ...cells.map((c) => Math.ceil(c.length / perLine)));
    const height = lines * spacing + 8;
    cells.forEach((cell, column) => {
      cell.forEach(({ f }, i) => {
        const line = Math.floor(i / perLine);
        const onLine = Math.min(perLine, cell.length - line * perLine);
        const slot = i % perLine;
        const study = studies.get(f.study);
        const n = study?.n ?? null;
        const group = speciesGroup(f.species);
        const centre = (columnX(CHART_COLUMNS[column]!) - X_DOMAIN[0]) * columnWidth;
        points.push({
          id: f.id,
          step: step.id,
          level: f.level,
          group,
          direction: f.direction,
          n,
          x: centre + (slot - (onLine - 1) / 2) * spacing,
          y:
            top +
            4 +
            (line + 0.5) * spacing +
            ((lines - Math.ceil(cell.length / perLine)) * spacing) / 2,
          r: radiusFor(n, maxN, scale),
          label: [
            study ? shortCitation(study) : f.id,
            `${nodeLabel.get(step.id) ?? step.label}`,
            LEVEL_LABELS[f.level].toLowerCase(),
            f.species.map((s) => SPECIES_NAMES[s]).join(', '),
            n === null ? m.chart_n_not_given() : `n = ${n}`,
            DIRECTION_WORDS[f.direction],
          ].join('; '),
        });
      });
    });
    rows.push({
      id: step.id,
      label: step.label,
      y: top + height / 2,
      top,
      bottom: top + height,
      count: inRow.length,
    });
    top += height;
  }
  return {
    width,
    height: margin.top + top + margin.bottom,
    margin,
    fontSize,
    rotateLabels,
    rows,
    points,
    columnWidth,
  };
}

/** Keyboard order: row by row, left to right, as a reader scans the chart. */
export function readingOrder(points: ChartPoint[]): string[] {
  return [...points].sort((a, b) => a.y - b.y || a.x - b.x).map((p) => p.id);
}

export type MarkState = 'selected' | 'highlighted' | 'dimmed' | 'plain';

/**
 * How each mark shows the one selection: the selected finding, the findings the focus lights
 * up (or, with only a compound chosen, that compound's findings), the rest dimmed.
 */
export function markStates(
  data: Pick<Dataset, 'findings'>,
  highlights: Highlights | null,
  selectedFinding: string | null,
  compound: string | null,
): Map<string, MarkState> {
  const lit = highlights
    ? highlights.findings
    : compound
      ? new Set(data.findings.filter((f) => f.compounds.includes(compound)).map((f) => f.id))
      : null;
  return new Map(
    data.findings.map((f) => [
      f.id,
      f.id === selectedFinding
        ? 'selected'
        : lit === null
          ? 'plain'
          : lit.has(f.id)
            ? 'highlighted'
            : 'dimmed',
    ]),
  );
}

// A Map, so a key name never finds an inherited property of a plain object.
const MOVES = new Map<string, (i: number, n: number) => number>([
  ['ArrowRight', (i, n) => Math.min(n - 1, i + 1)],
  ['ArrowDown', (i, n) => Math.min(n - 1, i + 1)],
  ['ArrowLeft', (i) => Math.max(0, i - 1)],
  ['ArrowUp', (i) => Math.max(0, i - 1)],
  ['Home', () => 0],
  ['End', (_, n) => n - 1],
]);

/** The mark an arrow key, Home or End moves to from `id` in reading order; null for other keys. */
export function markAfterKey(order: readonly string[], id: string, key: string): string | null {
  const move = MOVES.get(key);
  return move ? (order[move(order.indexOf(id), order.length)] ?? id) : null;
}
