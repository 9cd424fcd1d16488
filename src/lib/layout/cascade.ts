/**
 * Lays out the cascade as a pure function of the data: compounds in the first column,
 * then one column per level of the cascade. Where steps of one level feed each other
 * (glutamate → AMPA, BDNF → TrkB) they stack in order down the column. Otherwise rows
 * follow the mean row of each node's inputs, so routes read straight. Edges that skip
 * columns run along the gaps between rows, where no node stands.
 */
import { LEVELS } from '../model/schema.ts';
import type { CoreDataset } from '../model/split.ts';

export type Orientation = 'horizontal' | 'vertical';

export interface PlacedNode {
  id: string;
  label: string;
  kind: 'compound' | 'step';
  column: number;
  row: number;
  /** Centre and size in layout units. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  id: string;
  from: string;
  to: string;
  path: string;
  /** Where the edge's evidence badge sits. */
  labelX: number;
  labelY: number;
}

export interface CascadeLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Level bands: the span of columns each level occupies, for headings. */
  bands: { level: string; from: number; to: number }[];
  orientation: Orientation;
}

const NODE_W = 132;
const NODE_H = 44;
const COLUMN_GAP = 56;
const ROW_GAP = 40;
const MARGIN = 24;

interface Slot {
  id: string;
  label: string;
  kind: PlacedNode['kind'];
  column: number;
  /** Position in a chain of same-level steps: 0 for the first. */
  depth: number;
}

function assignColumns(data: CoreDataset, compoundIds: Set<string>): Slot[] {
  const slots: Slot[] = data.compounds
    .filter((c) => compoundIds.has(c.id))
    .map((c) => ({ id: c.id, label: c.name, kind: 'compound', column: 0, depth: 0 }));
  // Without compounds (phones) the steps start in the first column, leaving no empty band.
  const firstStepColumn = slots.length > 0 ? 1 : 0;
  LEVELS.forEach((level, index) => {
    const inLevel = data.nodes.filter((n) => n.level === level);
    const ids = new Set(inLevel.map((n) => n.id));
    // Longest path inside the level; levels are small and acyclic within themselves.
    const depth = new Map(inLevel.map((n) => [n.id, 0]));
    for (let pass = 0; pass < inLevel.length; pass++) {
      for (const e of data.edges) {
        if (ids.has(e.from) && ids.has(e.to)) {
          depth.set(e.to, Math.max(depth.get(e.to)!, depth.get(e.from)! + 1));
        }
      }
    }
    for (const n of inLevel) {
      slots.push({
        id: n.id,
        label: n.label,
        kind: 'step',
        column: index + firstStepColumn,
        depth: depth.get(n.id)!,
      });
    }
  });
  return slots;
}

export function layoutCascade(
  data: CoreDataset,
  options: { orientation: Orientation; compounds: string[] },
): CascadeLayout {
  const slots = assignColumns(data, new Set(options.compounds));
  const columnCount = Math.max(...slots.map((s) => s.column)) + 1;
  const visible = new Set(slots.map((s) => s.id));
  const edges = data.edges.filter((e) => visible.has(e.from) && visible.has(e.to));

  // Rows: column by column, chains first in order, then by the mean row of inputs (barycentre).
  const row = new Map<string, number>();
  for (let c = 0; c < columnCount; c++) {
    const column = slots.filter((s) => s.column === c);
    const weight = (s: Slot, index: number): number => {
      const inputs = edges
        .filter((e) => e.to === s.id && row.has(e.from))
        .map((e) => row.get(e.from)!);
      return inputs.length ? inputs.reduce((a, b) => a + b, 0) / inputs.length : index;
    };
    column
      .map((s, index) => ({ s, w: weight(s, index), index }))
      .sort((a, b) => a.s.depth - b.s.depth || a.w - b.w || a.index - b.index)
      .forEach(({ s }, r) => row.set(s.id, r));
  }
  const rowCount = Math.max(...slots.map((s) => row.get(s.id)! + 1));

  // Centre short columns against the tallest one.
  const columnSize = (c: number) => slots.filter((s) => s.column === c).length;
  // Whole rows only, so the gaps between rows stay free for long edges.
  const offset = (c: number) => Math.floor((rowCount - columnSize(c)) / 2);

  const horizontal = options.orientation === 'horizontal';
  // Vertical: levels run down the page; the gaps between side-by-side steps carry long edges.
  const pitchAlong = horizontal ? NODE_W + COLUMN_GAP : NODE_H + 80;
  const pitchAcross = horizontal ? NODE_H + ROW_GAP : NODE_W + 40;
  // The outermost lanes run half a pitch outside the first and last rows; leave room for their badges.
  const marginAcross = Math.max(MARGIN, (pitchAcross - (horizontal ? NODE_H : NODE_W)) / 2 + 24);
  const place = (column: number, r: number) => {
    const along = MARGIN + column * pitchAlong + (horizontal ? NODE_W : NODE_H) / 2;
    const across = marginAcross + r * pitchAcross + (horizontal ? NODE_H : NODE_W) / 2;
    return horizontal ? { x: along, y: across } : { x: across, y: along };
  };

  const nodes: PlacedNode[] = slots.map((s) => {
    const r = row.get(s.id)! + offset(s.column);
    return { ...s, row: r, ...place(s.column, r), width: NODE_W, height: NODE_H };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const laneUse = new Map<number, number>();
  const placedEdges: PlacedEdge[] = edges.map((e) => {
    const a = byId.get(e.from)!;
    const b = byId.get(e.to)!;
    return routeEdge(e.id, a, b, horizontal, pitchAcross, laneUse);
  });

  const last = place(columnCount - 1, rowCount - 1);
  const width = last.x + NODE_W / 2 + (horizontal ? MARGIN : marginAcross);
  const height = last.y + NODE_H / 2 + (horizontal ? marginAcross : MARGIN);

  const bands: CascadeLayout['bands'] = slots.some((s) => s.kind === 'compound')
    ? [{ level: 'compound', from: 0, to: 0 }]
    : [];
  for (const level of LEVELS) {
    const columns = nodes
      .filter((n) => data.nodes.find((d) => d.id === n.id)?.level === level)
      .map((n) => n.column);
    if (columns.length) bands.push({ level, from: Math.min(...columns), to: Math.max(...columns) });
  }

  return { width, height, nodes, edges: placedEdges, bands, orientation: options.orientation };
}

/**
 * Adjacent columns: one smooth curve. Longer spans or same-column links: leave the source,
 * run along the gap between rows (offset a little per edge so parallel runs stay apart),
 * and enter the target.
 */
function routeEdge(
  id: string,
  a: PlacedNode,
  b: PlacedNode,
  horizontal: boolean,
  pitchAcross: number,
  laneUse: Map<number, number>,
): PlacedEdge {
  // Work in (along, across) coordinates, then map back.
  const toXY = (along: number, across: number) => (horizontal ? [along, across] : [across, along]);
  const alongOf = (n: PlacedNode) => (horizontal ? n.x : n.y);
  const acrossOf = (n: PlacedNode) => (horizontal ? n.y : n.x);
  const halfAlong = (horizontal ? a.width : a.height) / 2;
  const fmt = (p: number[]) => `${round(p[0]!)},${round(p[1]!)}`;

  if (a.column === b.column) {
    // Same column: straight link between the facing sides.
    const down = acrossOf(b) > acrossOf(a) ? 1 : -1;
    const halfAcross = (horizontal ? a.height : a.width) / 2;
    const p1 = toXY(alongOf(a), acrossOf(a) + down * halfAcross);
    const p2 = toXY(alongOf(b), acrossOf(b) - down * halfAcross);
    const mid = toXY(alongOf(a), (acrossOf(a) + acrossOf(b)) / 2);
    return {
      id,
      from: a.id,
      to: b.id,
      path: `M${fmt(p1)}L${fmt(p2)}`,
      labelX: mid[0]!,
      labelY: mid[1]!,
    };
  }

  const start = alongOf(a) + halfAlong;
  const end = alongOf(b) - halfAlong;
  if (b.column - a.column === 1) {
    const m = (start + end) / 2;
    const p = [
      toXY(start, acrossOf(a)),
      toXY(m, acrossOf(a)),
      toXY(m, acrossOf(b)),
      toXY(end, acrossOf(b)),
    ];
    const label = toXY(m, (acrossOf(a) + acrossOf(b)) / 2);
    return {
      id,
      from: a.id,
      to: b.id,
      path: `M${fmt(p[0]!)}C${fmt(p[1]!)} ${fmt(p[2]!)} ${fmt(p[3]!)}`,
      labelX: label[0]!,
      labelY: label[1]!,
    };
  }

  // Lanes are the gaps half a pitch between node rows. Among the gaps the edge could use
  // (from just beside one end to just beside the other), take the least used, then the
  // nearest the middle, so parallel long edges spread out instead of piling up.
  const firstRowAcross = acrossOf(a) - a.row * pitchAcross;
  const low = Math.min(a.row, b.row) - 0.5;
  const high = Math.max(a.row, b.row) + 0.5;
  const middle = (a.row + b.row) / 2;
  let gap = low;
  for (let g = low; g <= high; g++) {
    const better =
      (laneUse.get(g) ?? 0) - (laneUse.get(gap) ?? 0) ||
      Math.abs(g - middle) - Math.abs(gap - middle);
    if (better < 0) gap = g;
  }
  const used = laneUse.get(gap) ?? 0;
  laneUse.set(gap, used + 1);
  const spread = (used % 2 === 0 ? 1 : -1) * Math.ceil(used / 2);
  const lane = firstRowAcross + gap * pitchAcross + spread * 7;
  const bend = 28;
  const p = [
    toXY(start, acrossOf(a)),
    toXY(start + bend, acrossOf(a)),
    toXY(start + bend, lane),
    toXY(start + bend * 2, lane),
    toXY(end - bend * 2, lane),
    toXY(end - bend, lane),
    toXY(end - bend, acrossOf(b)),
    toXY(end, acrossOf(b)),
  ];
  // Badges of edges sharing a lane step apart along it.
  const label = toXY((start + end) / 2 + spread * 48, lane);
  return {
    id,
    from: a.id,
    to: b.id,
    path:
      `M${fmt(p[0]!)}C${fmt(p[1]!)} ${fmt(p[2]!)} ${fmt(p[3]!)}` +
      `L${fmt(p[4]!)}C${fmt(p[5]!)} ${fmt(p[6]!)} ${fmt(p[7]!)}`,
    labelX: label[0]!,
    labelY: label[1]!,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
