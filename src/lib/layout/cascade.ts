/**
 * The cascade as stages read left to right (top to bottom on phones), in two pure steps.
 *
 * `cascadeGrid` places every step in a cell: compounds, then receptors, then one column per
 * step of the trunk (the longest chain that ends at the plasticity window: glutamate → AMPA →
 * BDNF → TrkB → mTOR → spines → window), drawn along one straight row. The other steps of a
 * stage sit above or below the trunk, on the side of what they connect to.
 *
 * `drawCascade` turns the grid into pixels at a zoom scale `k`. Type keeps its size at
 * every zoom (it never shrinks to make room); instead the zoom decides how much each box
 * says: the short name when far out, the full name closer, the key number and the evidence
 * closest. A level is used only when every box, badge and heading fits without touching
 * another, so nothing overprints and nothing is cut off.
 */
import { graphIndex } from '../model/graphIndex.ts';
import { LEVELS } from '../model/schema.ts';
import type { CoreDataset } from '../model/split.ts';
import { STAGE_HEADINGS } from '../model/vocabulary.ts';
import { narrowestWrap, textWidth, widest, wrapToWidth } from './measure.ts';
import { alongPolyline, pathPoints } from './pathPoints.ts';

export type Orientation = 'horizontal' | 'vertical';
export type Detail = 'overview' | 'labels' | 'numbers';
const DETAILS: Detail[] = ['overview', 'labels', 'numbers'];

export interface GridNode {
  id: string;
  label: string;
  /** 1–2 words for far-out zoom. */
  short: string;
  kind: 'compound' | 'step';
  level: string;
  column: number;
  row: number;
  /** On the convergent trunk. */
  trunk: boolean;
  /** The plasticity window, where the trunk ends. */
  destination: boolean;
}

export interface GridEdge {
  id: string;
  from: string;
  to: string;
  /** Both ends on the trunk: drawn thick and straight. */
  trunk: boolean;
}

export interface CascadeGrid {
  orientation: Orientation;
  nodes: GridNode[];
  edges: GridEdge[];
  columns: number;
  minRow: number;
  maxRow: number;
  bands: { level: string; heading: string; from: number; to: number }[];
}

/** The type sizes the drawing uses, in CSS px; the theme chooses them. */
export interface TypeScale {
  /** Step names. */
  font: number;
  /** Headings, key numbers, evidence, badges: never below the smallest legible size. */
  small: number;
}

/** The smaller texts a box shows at the closest zoom. */
export interface NodeExtras {
  keyNumber?: string;
  evidence: string;
}

export interface BadgeText {
  /** "7 H": how many findings, and the strongest source. */
  text: string;
  /** "binding · contested", shown when there is room. */
  relation: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DrawnNode extends GridNode, Box {
  /** Centre. (x, y of the Box are the top-left corner.) */
  cx: number;
  cy: number;
  lines: string[];
  numberLines: string[];
  evidenceLines: string[];
}

export interface DrawnEdge extends GridEdge {
  path: string;
  /** The badge (a small handle when far out), its centre and size; relation text below it when shown. */
  badge: Box & { cx: number; cy: number; relation: boolean };
}

export interface DrawnHeading extends Box {
  level: string;
  lines: string[];
  /** Where the text is anchored, and how. */
  tx: number;
  anchor: 'middle' | 'start';
}

export type CascadeLayout = CascadeDrawing;
export interface CascadeDrawing {
  orientation: Orientation;
  detail: Detail;
  k: number;
  width: number;
  height: number;
  type: TypeScale;
  nodes: DrawnNode[];
  edges: DrawnEdge[];
  headings: DrawnHeading[];
}

// ------------------------------------------------------------------------------------------
// The grid

function trunkOf(data: CoreDataset): string[] {
  const steps = new Set(data.nodes.map((n) => n.id));
  const destination =
    data.nodes.find((n) => n.kind === 'window')?.id ?? data.nodes[data.nodes.length - 1]?.id;
  if (!destination) return [];
  const memo = new Map<string, string[]>();
  const { edgesFrom } = graphIndex(data);
  // Longest chain from each step to the destination; the cascade is acyclic.
  const longest = (id: string, seen: Set<string>): string[] => {
    if (id === destination) return [id];
    if (memo.has(id)) return memo.get(id)!;
    let best: string[] = [];
    for (const e of edgesFrom.get(id) ?? []) {
      if (!steps.has(e.to) || seen.has(e.to)) continue;
      const rest = longest(e.to, new Set([...seen, e.to]));
      if (rest.length > 0 && rest.length + 1 > best.length) best = [id, ...rest];
    }
    memo.set(id, best);
    return best;
  };
  let trunk: string[] = [];
  for (const n of data.nodes) {
    const path = longest(n.id, new Set([n.id]));
    if (path.length > trunk.length) trunk = path;
  }
  // The trunk is what the routes converge on: it starts after the receptors.
  const level = new Map(data.nodes.map((n) => [n.id, n.level]));
  return trunk.filter((id) => level.get(id) !== 'receptor');
}

/** Compound names shortened for far-out zoom: the part before a slash or a bracket. */
function shortName(name: string): string {
  return name.split(/\s+[/(]/)[0]!.trim();
}

export function cascadeGrid(
  data: CoreDataset,
  options: { orientation: Orientation; compounds: string[] },
): CascadeGrid {
  const shown = new Set(options.compounds);
  const compounds = data.compounds.filter((c) => shown.has(c.id));
  const trunk = trunkOf(data);
  const onTrunk = new Set(trunk);
  const destination = trunk[trunk.length - 1];

  // Columns: each level takes one column, or one per trunk step it holds.
  const column = new Map<string, number>();
  const bands: CascadeGrid['bands'] = [];
  let next = 0;
  if (compounds.length > 0) {
    for (const c of compounds) column.set(c.id, 0);
    bands.push({ level: 'compound', heading: STAGE_HEADINGS.compound, from: 0, to: 0 });
    next = 1;
  }
  for (const level of LEVELS) {
    const inLevel = data.nodes.filter((n) => n.level === level);
    if (inLevel.length === 0) continue;
    const inLevelIds = new Set(inLevel.map((n) => n.id));
    const trunkSteps = trunk.filter((id) => inLevelIds.has(id));
    const from = next;
    trunkSteps.forEach((id, i) => column.set(id, from + i));
    const last = from + Math.max(1, trunkSteps.length) - 1;
    for (const n of inLevel) if (!column.has(n.id)) column.set(n.id, last);
    bands.push({ level, heading: STAGE_HEADINGS[level], from, to: last });
    next = last + 1;
  }
  const columns = next;

  const visible = new Set([...compounds.map((c) => c.id), ...data.nodes.map((n) => n.id)]);
  const edges = data.edges.filter((e) => visible.has(e.from) && visible.has(e.to));
  const row = new Map<string, number>();
  for (const id of trunk) row.set(id, 0);

  // Inputs and outputs of each step, in data order, read once: the rows below ask per step.
  const inputs = new Map<string, string[]>();
  const outputs = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const e of edges) {
    add(inputs, e.to, e.from);
    add(outputs, e.from, e.to);
  }
  // Rows: column by column from the receptors on, by the mean row of what each step
  // connects to (inputs first); above the trunk if that lies above it, else below.
  const meanRow = (id: string, index: number): number => {
    const known = (ids: string[]) => ids.filter((x) => row.has(x)).map((x) => row.get(x)!);
    let rows = known(inputs.get(id) ?? []);
    if (rows.length === 0) rows = known(outputs.get(id) ?? []);
    return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : index * 1e-3;
  };
  const stepsByColumn = Array.from({ length: columns }, () => [] as CoreDataset['nodes']);
  for (const n of data.nodes) stepsByColumn[column.get(n.id)!]!.push(n);
  for (let c = compounds.length > 0 ? 1 : 0; c < columns; c++) {
    const stepsIn = stepsByColumn[c]!;
    const rest = stepsIn
      .filter((n) => !onTrunk.has(n.id))
      .map((n, index) => ({ id: n.id, w: meanRow(n.id, index), index }))
      .sort((a, b) => a.w - b.w || a.index - b.index);
    if (stepsIn.some((n) => onTrunk.has(n.id))) {
      const above = rest.filter((r) => r.w < 0).reverse();
      const below = rest.filter((r) => r.w >= 0);
      above.forEach((r, i) => row.set(r.id, -1 - i));
      below.forEach((r, i) => row.set(r.id, 1 + i));
    } else {
      rest.forEach((r, i) => row.set(r.id, i - Math.floor((rest.length - 1) / 2)));
    }
  }
  // Compounds last, in the order of the steps they act on.
  compounds
    .map((c, index) => ({ id: c.id, w: meanRow(c.id, index), index }))
    .sort((a, b) => a.w - b.w || a.index - b.index)
    .forEach((r, i) => row.set(r.id, i - Math.floor((compounds.length - 1) / 2)));

  const nodes: GridNode[] = [
    ...compounds.map((c) => ({
      id: c.id,
      label: c.name,
      short: shortName(c.name),
      kind: 'compound' as const,
      level: 'compound',
    })),
    ...data.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      short: n.short,
      kind: 'step' as const,
      level: n.level as string,
    })),
  ].map((n) => ({
    ...n,
    column: column.get(n.id)!,
    row: row.get(n.id)!,
    trunk: onTrunk.has(n.id),
    destination: n.id === destination,
  }));
  const rows = nodes.map((n) => n.row);
  return {
    orientation: options.orientation,
    nodes,
    edges: edges.map((e) => ({
      id: e.id,
      from: e.from,
      to: e.to,
      trunk: onTrunk.has(e.from) && onTrunk.has(e.to),
    })),
    columns,
    minRow: Math.min(...rows),
    maxRow: Math.max(...rows),
    bands,
  };
}

// ------------------------------------------------------------------------------------------
// Drawing at a scale

/** Grid pitch per unit of scale: the px between column centres and row centres at k = 1. */
const PITCH = {
  horizontal: { along: 200, across: 110 },
  vertical: { along: 100, across: 120 },
};

interface BoxSize {
  /** Along the cascade, per column. */
  along: number[];
  /** Across it, per row (from the first row). */
  across: number[];
  text: Map<string, { lines: string[]; numberLines: string[]; evidenceLines: string[] }>;
}

/** Phones get tighter padding and gaps: three boxes must fit side by side in 286 px. */
const pad = (type: TypeScale, orientation: Orientation) => ({
  x: Math.round(type.font * (orientation === 'vertical' ? 0.3 : 0.5)),
  y: Math.round(type.font * 0.3),
});
const lineHeight = (size: number) => Math.round(size * 1.2);
/** The least free space between two boxes, along and across: room for an arrow or a lane. */
const minGap = (type: TypeScale, orientation: Orientation) => ({
  along: Math.max(20, type.font * 1.1),
  across: orientation === 'vertical' ? 8 : Math.max(20, type.font * 1.1),
});
const marginOf = (type: TypeScale, orientation: Orientation) =>
  orientation === 'vertical' ? 4 : Math.round(type.font * 0.75);

/**
 * Box sizes at a detail. Boxes are as wide as their own labels need, shared by the boxes in
 * line with them (a column on wide screens, a row on phones), so short names such as AMPA do
 * not take the room of Psilocybin; every box has the same height, so the stages line up.
 */
// Box sizes depend only on the grid, the detail, the type and the texts: computed once each,
// since every zoom step asks for them again.
const sizeCache = new WeakMap<
  CascadeGrid,
  WeakMap<Map<string, NodeExtras>, Map<string, BoxSize>>
>();
const NO_EXTRAS = new Map<string, NodeExtras>();

function boxSize(
  grid: CascadeGrid,
  detail: Detail,
  type: TypeScale,
  extras: Map<string, NodeExtras> = NO_EXTRAS,
): BoxSize {
  let byExtras = sizeCache.get(grid);
  if (!byExtras) sizeCache.set(grid, (byExtras = new WeakMap()));
  let byKey = byExtras.get(extras);
  if (!byKey) byExtras.set(extras, (byKey = new Map()));
  const key = `${detail}|${type.font}|${type.small}`;
  let size = byKey.get(key);
  if (!size) byKey.set(key, (size = measureBoxes(grid, detail, type, extras)));
  return size;
}

function measureBoxes(
  grid: CascadeGrid,
  detail: Detail,
  type: TypeScale,
  extras: Map<string, NodeExtras>,
): BoxSize {
  const p = pad(type, grid.orientation);
  const horizontal = grid.orientation === 'horizontal';
  const text: BoxSize['text'] = new Map();
  // The boxes in line with each other: a column on wide screens, a row on phones.
  const groups = Array.from(
    { length: horizontal ? grid.columns : grid.maxRow - grid.minRow + 1 },
    () => [] as GridNode[],
  );
  for (const n of grid.nodes) groups[horizontal ? n.column : n.row - grid.minRow]!.push(n);
  const widths = groups.map((nodes) => {
    let width: number;
    if (detail === 'overview') {
      width = widest(
        nodes.map((n) => n.short),
        type.font,
      );
    } else {
      width = Math.max(...nodes.map((n) => narrowestWrap(n.label, 2, type.font)));
      if (detail === 'numbers') width = Math.max(width, type.small * 13);
    }
    for (const n of nodes) {
      const extra = n.kind === 'step' && detail === 'numbers' ? extras.get(n.id) : undefined;
      const t = {
        lines: detail === 'overview' ? [n.short] : wrapToWidth(n.label, width, type.font),
        numberLines: extra?.keyNumber ? wrapToWidth(extra.keyNumber, width, type.small, false) : [],
        evidenceLines: extra ? wrapToWidth(extra.evidence, width, type.small, false) : [],
      };
      text.set(n.id, t);
      // A word longer than the box widens it.
      width = Math.max(
        width,
        widest(t.lines, type.font),
        widest(t.numberLines, type.small, false),
        widest(t.evidenceLines, type.small, false),
      );
    }
    return Math.ceil(width + 2 * p.x);
  });
  const textHeight = Math.max(
    ...[...text.values()].map(
      (t) =>
        t.lines.length * lineHeight(type.font) +
        (t.numberLines.length + t.evidenceLines.length) * lineHeight(type.small) +
        (t.numberLines.length + t.evidenceLines.length > 0 ? p.y : 0),
    ),
  );
  const h = Math.ceil(textHeight + 2 * p.y);
  const columns = Array.from({ length: grid.columns }, () => h);
  const rows = Array.from({ length: grid.maxRow - grid.minRow + 1 }, () => h);
  return horizontal
    ? { along: widths, across: rows, text }
    : { along: columns, across: widths, text };
}

/**
 * Each column's (wide screens) or row's (phones) share of the drawing's length (mean 1): its
 * far-out box plus a gap, so the fitted drawing gives each the room its names need and all
 * are tight at once.
 */
function weights(grid: CascadeGrid, type: TypeScale): { along: number[]; across: number[] } {
  const size = boxSize(grid, 'overview', type);
  const gap = minGap(type, grid.orientation);
  const share = (sizes: number[], g: number) => {
    const mean = sizes.reduce((a, b) => a + b + g, 0) / sizes.length;
    return sizes.map((x) => (x + g) / mean);
  };
  const even = (n: number) => Array.from({ length: n }, () => 1);
  return grid.orientation === 'horizontal'
    ? { along: share(size.along, gap.along), across: even(size.across.length) }
    : { along: even(size.along.length), across: share(size.across, gap.across) };
}

/** Heading lines for a band of `span` px; a heading's own words never break. */
function headingLines(heading: string, span: number, type: TypeScale): string[] {
  return wrapToWidth(heading, span, type.small);
}

/** The smallest scale at which a detail's boxes and the stage headings fit in their cells. */
function minScale(
  grid: CascadeGrid,
  detail: Detail,
  type: TypeScale,
  extras: Map<string, NodeExtras> = NO_EXTRAS,
): number {
  const size = boxSize(grid, detail, type, extras);
  const pitch = PITCH[grid.orientation];
  const gap = minGap(type, grid.orientation);
  const w = weights(grid, type);
  let k = Math.max(
    ...size.along.map((a, c) => (a + gap.along) / (pitch.along * w.along[c]!)),
    ...size.across.map((a, r) => (a + gap.across) / (pitch.across * w.across[r]!)),
  );
  if (grid.orientation === 'horizontal') {
    // A heading wraps to its stage's columns (drawAt's headingLines): each word must fit them.
    for (const b of grid.bands) {
      let span = 0;
      for (let c = b.from; c <= b.to; c++) span += pitch.along * w.along[c]!;
      k = Math.max(k, (widest(b.heading.split(/\s+/), type.small) + 8) / span);
    }
  } else {
    // Phones: the heading sits in the gap above its stage, with the arrows.
    k = Math.max(k, (size.along[0]! + lineHeight(type.small) + 6 + gap.along) / pitch.along);
  }
  return k;
}

const overlaps = (a: Box, b: Box, margin = 0) =>
  a.x < b.x + b.width + margin &&
  b.x < a.x + a.width + margin &&
  a.y < b.y + b.height + margin &&
  b.y < a.y + a.height + margin;

export function drawCascade(
  grid: CascadeGrid,
  options: {
    k: number;
    type: TypeScale;
    extras?: Map<string, NodeExtras>;
    badges?: Map<string, BadgeText>;
  },
): CascadeDrawing {
  const { type } = options;
  const k = Math.max(options.k, minScale(grid, 'overview', type));
  const extras = options.extras ?? NO_EXTRAS;
  const badges = options.badges ?? new Map();
  // The richest detail that fits and places every badge; far out always fits.
  for (const detail of [...DETAILS].reverse()) {
    if (detail !== 'overview' && k < minScale(grid, detail, type, extras)) continue;
    const drawing = drawAt(grid, detail, k, type, extras, badges);
    if (drawing) return drawing;
  }
  throw new Error('the cascade does not fit at its overview detail');
}

function drawAt(
  grid: CascadeGrid,
  detail: Detail,
  k: number,
  type: TypeScale,
  extras: Map<string, NodeExtras>,
  badges: Map<string, BadgeText>,
): CascadeDrawing | null {
  const horizontal = grid.orientation === 'horizontal';
  const pitch = PITCH[grid.orientation];
  const size = boxSize(grid, detail, type, extras);
  const margin = marginOf(type, grid.orientation);
  const rows = grid.maxRow - grid.minRow + 1;
  const w = weights(grid, type);
  const columnStart = [0];
  for (let c = 0; c < grid.columns; c++)
    columnStart.push(columnStart[c]! + pitch.along * w.along[c]! * k);
  const rowStart = [0];
  for (let r = 0; r < rows; r++) rowStart.push(rowStart[r]! + pitch.across * w.across[r]! * k);
  const across = pitch.across * k;

  // Headings: above the columns on wide screens; in the gap above each stage on phones.
  const headingLineH = lineHeight(type.small);
  const bandLines = grid.bands.map((b) =>
    horizontal
      ? headingLines(b.heading, columnStart[b.to + 1]! - columnStart[b.from]! - 8, type)
      : [b.heading],
  );
  const headingBand = horizontal
    ? Math.max(...bandLines.map((l) => l.length)) * headingLineH + Math.round(type.small * 0.4)
    : headingLineH + 4;
  const alongStart = horizontal ? margin : margin + headingBand;
  const acrossStart = horizontal ? margin + headingBand : margin;
  const centreAlong = (c: number) => alongStart + (columnStart[c]! + columnStart[c + 1]!) / 2;
  // Rows and the half-rows between them (lanes): i is a row's edge when whole, its centre when not.
  const centreAcross = (r: number) => {
    const i = r - grid.minRow + 0.5;
    return acrossStart + (rowStart[Math.floor(i)]! + rowStart[Math.ceil(i)]!) / 2;
  };
  const alongEnd = alongStart + columnStart[grid.columns]! + margin;
  const acrossEnd = acrossStart + rowStart[rows]! + margin;
  const xy = (al: number, ac: number): [number, number] => (horizontal ? [al, ac] : [ac, al]);
  const fmt = (al: number, ac: number) => {
    const [x, y] = xy(al, ac);
    return `${round(x)},${round(y)}`;
  };

  const nodes: DrawnNode[] = grid.nodes.map((n) => {
    const [cx, cy] = xy(centreAlong(n.column), centreAcross(n.row));
    const text = size.text.get(n.id)!;
    const [width, height] = horizontal
      ? [size.along[n.column]!, size.across[n.row - grid.minRow]!]
      : [size.across[n.row - grid.minRow]!, size.along[n.column]!];
    return {
      ...n,
      ...text,
      cx,
      cy,
      x: cx - width / 2,
      y: cy - height / 2,
      width,
      height,
    };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const cell = new Map(grid.nodes.map((n) => [`${n.column}:${n.row}`, n.id]));
  const occupied = (c: number, r: number) => Number.isInteger(r) && cell.has(`${c}:${r}`);

  const headings: DrawnHeading[] = grid.bands.map((b, i) => {
    const lines = bandLines[i]!;
    const width = widest(lines, type.small);
    const height = lines.length * headingLineH;
    if (horizontal) {
      const tx = (centreAlong(b.from) + centreAlong(b.to)) / 2;
      return {
        level: b.level,
        lines,
        tx,
        anchor: 'middle',
        x: tx - width / 2,
        y: margin,
        width,
        height,
      };
    }
    const y = centreAlong(b.from) - size.along[b.from]! / 2 - height - 2;
    return { level: b.level, lines, tx: margin, anchor: 'start', x: margin, y, width, height };
  });

  // --- Edges
  const halfAl = (n: GridNode) => size.along[n.column]! / 2;
  const halfAc = (n: GridNode) => size.across[n.row - grid.minRow]! / 2;
  /** The free length between a column and the next. */
  const gapAfter = (c: number) =>
    centreAlong(c + 1) - centreAlong(c) - (size.along[c]! + size.along[c + 1]!) / 2;
  const alOf = (n: DrawnNode) => centreAlong(n.column);
  const acOf = (n: DrawnNode) => centreAcross(n.row);
  const laneUse = new Map<number, number>();
  // Side arrows entering a trunk step from above or below share its side evenly.
  const entries = new Map<string, string[]>();
  const routes = new Map<string, { lane: number; entry: 'side' | 'top' }>();

  const laneFor = (e: GridEdge, a: GridNode, b: GridNode) => {
    const lo = Math.max(grid.minRow - 0.5, Math.min(a.row, b.row) - 1);
    const hi = Math.min(grid.maxRow + 0.5, Math.max(a.row, b.row) + 1);
    const middle = (a.row + b.row) / 2;
    let best: { lane: number; cost: number } | null = null;
    for (let lane = lo; lane <= hi; lane += 0.5) {
      let free = true;
      for (let c = a.column + 1; c < b.column; c++) if (occupied(c, lane)) free = false;
      if (!free) continue;
      const cost =
        Math.abs(lane - middle) +
        (Math.abs(lane) < 1 ? 0.4 : 0) +
        (laneUse.get(lane) ?? 0) * 0.6 +
        (lane === a.row ? -0.3 : 0);
      if (!best || cost < best.cost) best = { lane, cost };
    }
    void e;
    return best?.lane ?? middle;
  };

  // Straight runs along a row count as lane use, so side arrows keep clear of them.
  for (const e of grid.edges) {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    if (a.column !== b.column && a.row === b.row) {
      let clear = true;
      for (let c = a.column + 1; c < b.column; c++) if (occupied(c, a.row)) clear = false;
      // Weighted: a side arrow sharing a straight run's line would read as its branch.
      if (clear && b.column - a.column > 1) laneUse.set(a.row, (laneUse.get(a.row) ?? 0) + 3);
    }
  }
  for (const e of grid.edges) {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    if (a.column === b.column || b.column - a.column < 2) continue;
    let clear = a.row === b.row;
    for (let c = a.column + 1; c < b.column && clear; c++) if (occupied(c, a.row)) clear = false;
    if (clear) continue;
    const lane = laneFor(e, a, b);
    laneUse.set(lane, (laneUse.get(lane) ?? 0) + 1);
    // Enter from above or below when nothing else in the target's column is in the way.
    let top = lane !== b.row;
    const step = lane < b.row ? 1 : -1;
    for (let r = Math.ceil(Math.min(lane, b.row)); r <= Math.max(lane, b.row); r++) {
      if (r !== b.row && occupied(b.column, r)) top = false;
    }
    routes.set(e.id, { lane, entry: top ? 'top' : 'side' });
    if (top) {
      const key = `${b.id}:${step}`;
      entries.set(key, [...(entries.get(key) ?? []), e.id]);
    }
  }

  const laneSpread = new Map<number, number>();
  const edges: Omit<DrawnEdge, 'badge'>[] = grid.edges.map((e) => {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    let path: string;
    if (a.column === b.column) {
      const down = b.row > a.row ? 1 : -1;
      path = `M${fmt(alOf(a), acOf(a) + down * halfAc(a))}L${fmt(alOf(b), acOf(b) - down * halfAc(b))}`;
    } else {
      const start = alOf(a) + halfAl(a);
      const end = alOf(b) - halfAl(b);
      const route = routes.get(e.id);
      if (!route) {
        if (a.row === b.row) path = `M${fmt(start, acOf(a))}L${fmt(end, acOf(b))}`;
        else {
          const m = (start + end) / 2;
          path = `M${fmt(start, acOf(a))}C${fmt(m, acOf(a))} ${fmt(m, acOf(b))} ${fmt(end, acOf(b))}`;
        }
      } else {
        const used = laneSpread.get(route.lane) ?? 0;
        laneSpread.set(route.lane, used + 1);
        const offset =
          (used % 2 === 0 ? 1 : -1) * Math.ceil(used / 2) * Math.max(6, type.small * 0.4);
        const lane = centreAcross(route.lane) + offset;
        const bendOut = Math.min(gapAfter(a.column) * 0.8, across * 0.6);
        const bendIn = Math.min(gapAfter(b.column - 1) * 0.8, across * 0.6);
        let d = `M${fmt(start, acOf(a))}`;
        if (Math.abs(lane - acOf(a)) > 0.5) {
          d += `C${fmt(start + bendOut / 2, acOf(a))} ${fmt(start + bendOut / 2, lane)} ${fmt(start + bendOut, lane)}`;
        }
        if (route.entry === 'top') {
          const step = lane < acOf(b) ? 1 : -1;
          const group = entries.get(`${b.id}:${step}`)!;
          const spread = Math.min(size.along[b.column]! / (group.length + 1), type.font * 1.5);
          const x = alOf(b) + (group.indexOf(e.id) - (group.length - 1) / 2) * spread;
          const side = acOf(b) - step * halfAc(b);
          const radius = Math.min(Math.abs(side - lane) / 2, 24);
          d +=
            `L${fmt(x - radius, lane)}` +
            `C${fmt(x, lane)} ${fmt(x, lane)} ${fmt(x, lane + step * radius)}` +
            `L${fmt(x, side)}`;
        } else {
          d +=
            `L${fmt(end - bendIn, lane)}` +
            `C${fmt(end - bendIn / 2, lane)} ${fmt(end - bendIn / 2, acOf(b))} ${fmt(end, acOf(b))}`;
        }
        path = d;
      }
    }
    return { ...e, path };
  });

  // --- Badges: along each arrow, at the first spot that touches no box, heading or badge.
  const [width, height] = horizontal ? [alongEnd, acrossEnd] : [acrossEnd, alongEnd];
  const frame: Box = { x: 0, y: 0, width, height };
  const taken: Box[] = [...nodes, ...headings];
  const placed: DrawnEdge[] = [];
  const fractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65, 0.25, 0.75, 0.2, 0.8];
  const badgeH = Math.round(type.small * 1.35);
  // Short hops place first: they have little choice of spot, long lanes have plenty.
  const segments = new Map(edges.map((e) => [e.id, pathPoints(e.path, 1).length]));
  const order = [...edges].sort((p, q) => segments.get(p.id)! - segments.get(q.id)!);
  for (const e of order) {
    const pointAlong = alongPolyline(pathPoints(e.path, 8));
    const text = badges.get(e.id);
    const far = detail === 'overview' || !text;
    const w = far
      ? Math.round(type.small * 0.6)
      : Math.ceil(textWidth(text.text, type.small) + type.small * 0.9);
    const h = far ? w : badgeH;
    const relationW = text ? textWidth(text.relation, type.small, false) : 0;
    let chosen: DrawnEdge['badge'] | null = null;
    for (const withRelation of detail === 'numbers' && !far ? [true, false] : [false]) {
      for (const f of fractions) {
        const [cx, cy] = pointAlong(f);
        const badge = { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
        const relation = {
          x: cx - relationW / 2,
          y: cy + h / 2,
          width: relationW,
          height: lineHeight(type.small),
        };
        const boxes = withRelation ? [badge, relation] : [badge];
        const ok = boxes.every(
          (b) =>
            !taken.some((t) => overlaps(b, t, 3)) &&
            b.x >= 0 &&
            b.y >= 0 &&
            b.x + b.width <= frame.width &&
            b.y + b.height <= frame.height,
        );
        if (ok) {
          taken.push(...boxes);
          chosen = { ...badge, cx, cy, relation: withRelation };
          break;
        }
      }
      if (chosen) break;
    }
    if (!chosen) {
      if (!far) return null;
      // Far out, a handle that finds no free spot sits mid-arrow: it is not text.
      const [px, py] = pointAlong(0.5);
      const cx = Math.min(Math.max(px, w / 2), width - w / 2);
      const cy = Math.min(Math.max(py, h / 2), height - h / 2);
      chosen = { x: cx - w / 2, y: cy - h / 2, width: w, height: h, cx, cy, relation: false };
    }
    placed.push({ ...e, badge: chosen });
  }
  const order2 = new Map(grid.edges.map((e, i) => [e.id, i]));
  placed.sort((p, q) => order2.get(p.id)! - order2.get(q.id)!);

  return {
    orientation: grid.orientation,
    detail,
    k,
    width: Math.ceil(width),
    height: Math.ceil(height),
    type,
    nodes,
    edges: placed,
    headings,
  };
}

/** The drawing's size at scale k, before any detail is chosen (for fitting). */
function extentAt(
  grid: CascadeGrid,
  k: number,
  type: TypeScale,
): { width: number; height: number } {
  const pitch = PITCH[grid.orientation];
  const margin = marginOf(type, grid.orientation);
  const rows = grid.maxRow - grid.minRow + 1;
  const headingBand = 2 * lineHeight(type.small) + Math.round(type.small * 0.4);
  const along = 2 * margin + grid.columns * pitch.along * k;
  const across = 2 * margin + rows * pitch.across * k;
  return grid.orientation === 'horizontal'
    ? { width: along, height: across + headingBand }
    : { width: across, height: along + headingBand };
}

/**
 * The scale that shows the whole cascade in a viewport, never below the scale at which the
 * far-out boxes fit: a viewport too small for that scrolls rather than shrinking the type.
 */
export function fitScale(
  grid: CascadeGrid,
  type: TypeScale,
  viewport: { width: number; height: number },
): number {
  const unit = extentAt(grid, 1, type);
  const fixed = extentAt(grid, 0, type);
  const k = Math.min(
    (viewport.width - fixed.width) / (unit.width - fixed.width),
    (viewport.height - fixed.height) / (unit.height - fixed.height),
  );
  return Math.max(k, minScale(grid, 'overview', type));
}

/** Horizontal when the far-out drawing fits the width, else top to bottom. */
export function orientationFor(
  grids: Record<Orientation, CascadeGrid>,
  type: TypeScale,
  width: number,
): Orientation {
  const g = grids.horizontal;
  return extentAt(g, minScale(g, 'overview', type), type).width <= width
    ? 'horizontal'
    : 'vertical';
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The closest zoom: four times the fitted scale, and never short of the scale at which the key
 * numbers show, so a reader can always zoom in far enough to read them (a narrow frame fits at
 * a small scale).
 */
export function closestScale(
  grid: CascadeGrid,
  type: TypeScale,
  fitK: number,
  extras: Map<string, NodeExtras> = NO_EXTRAS,
): number {
  return Math.max(fitK * 4, minScale(grid, 'numbers', type, extras) * 1.02);
}
