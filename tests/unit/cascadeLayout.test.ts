import { describe, expect, it } from 'vitest';
import { mainCompounds } from '../../src/lib/model/graph.ts';
import { evidenceSources } from '../../src/lib/model/edgeEvidence.ts';
import { findingsForEdge, findingsForNode } from '../../src/lib/model/graph.ts';
import { evidenceSummary } from '../../src/lib/model/summary.ts';
import {
  cascadeGrid,
  closestScale,
  drawCascade,
  fitScale,
  orientationFor,
  type Box,
  type CascadeDrawing,
  type Orientation,
} from '../../src/lib/layout/cascade.ts';
import { detailsBeside, diagramType } from '../../src/lib/layout/diagramType.ts';
import { textWidth } from '../../src/lib/layout/measure.ts';
import { pathPoints } from '../../src/lib/layout/pathPoints.ts';
import { realData } from './realData.ts';

const data = realData();
const compounds = mainCompounds(data).map((c) => c.id);
const grids: Record<Orientation, ReturnType<typeof cascadeGrid>> = {
  horizontal: cascadeGrid(data, { orientation: 'horizontal', compounds }),
  vertical: cascadeGrid(data, { orientation: 'vertical', compounds: [] }),
};
const extras = new Map(
  data.nodes.map((n) => [
    n.id,
    { keyNumber: n.keyNumber?.text, evidence: evidenceSummary(findingsForNode(data, n.id)) },
  ]),
);
const badges = new Map(
  data.edges.map((e) => {
    const findings = findingsForEdge(data, e);
    return [
      e.id,
      {
        text: `${findings.length} ${evidenceSources(findings).letter}`,
        relation: `${e.relation}${e.status === 'contested' ? ' · contested' : ''}`,
      },
    ];
  }),
);

/** What the diagram component does: the theme's type, the orientation that fits, the fitted scale. */
function drawFor(
  width: number,
  theme: string | null,
  zoomSteps: number | 'closest' = 0,
): CascadeDrawing {
  const type = diagramType(theme, width);
  // The frame is the page width less its padding, and less the details panel (20vw within
  // 16–24rem, and a 1rem gap) where it sits beside the diagram (diagram-layout.css); the
  // drawing may use 70% of a 16:9 screen.
  const panel = detailsBeside(theme, width) ? Math.min(384, Math.max(256, width * 0.2)) + 16 : 0;
  const frame = Math.floor(width * 0.93 - 14 - panel);
  const grid = grids[orientationFor(grids, type, frame)];
  const k = fitScale(grid, type, { width: frame, height: Math.round(width * 0.56 * 0.7) });
  const zoomed =
    zoomSteps === 'closest' ? closestScale(grid, type, k, extras) : k * 1.4 ** zoomSteps;
  return drawCascade(grid, { k: zoomed, type, extras, badges });
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every box that holds text or a badge, named for messages. */
function textBoxes(d: CascadeDrawing): { name: string; box: Box }[] {
  const lineH = Math.round(d.type.small * 1.2);
  return [
    ...d.nodes.map((n) => ({ name: `node ${n.id}`, box: n as Box })),
    ...d.headings.map((h) => ({ name: `heading ${h.level}`, box: h as Box })),
    ...d.edges.flatMap((e) => [
      { name: `badge ${e.id}`, box: e.badge as Box },
      ...(e.badge.relation
        ? [
            {
              name: `relation ${e.id}`,
              box: {
                x: e.badge.cx - textWidth(badges.get(e.id)!.relation, d.type.small, false) / 2,
                y: e.badge.y + e.badge.height,
                width: textWidth(badges.get(e.id)!.relation, d.type.small, false),
                height: lineH,
              },
            },
          ]
        : []),
    ]),
  ];
}

const WIDTHS = [320, 375, 768, 1024, 1280, 1920, 3840];
const THEMES = [null, 'projector'];
const ZOOMS = [0, 1, 2, 3, 4];
const cases = WIDTHS.flatMap((width) =>
  THEMES.flatMap((theme) => ZOOMS.map((zoom) => ({ width, theme, zoom }))),
);

describe('the cascade grid', () => {
  const grid = grids.horizontal;
  const at = (id: string) => grid.nodes.find((n) => n.id === id)!;

  it('runs the convergent trunk along one straight row, in cascade order, to the window', () => {
    const trunk = ['glutamate', 'ampa', 'bdnf', 'trkb', 'mtor', 'spines', 'window'];
    expect(grid.nodes.filter((n) => n.trunk).map((n) => n.id)).toEqual(trunk);
    expect(new Set(trunk.map((id) => at(id).row))).toEqual(new Set([0]));
    const columns = trunk.map((id) => at(id).column);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
    expect(new Set(columns).size).toBe(trunk.length);
    expect(grid.nodes.filter((n) => n.destination).map((n) => n.id)).toEqual(['window']);
  });

  it('labels every column with its stage, compounds first and outcomes last', () => {
    expect(grid.bands.map((b) => b.heading)).toEqual([
      'Compound',
      'Receptor',
      'Signal',
      'Growth factor',
      'Inside the cell',
      'Structure',
      'Network & outcome',
    ]);
    for (let c = 0; c < grid.columns; c++) {
      expect(
        grid.bands.filter((b) => b.from <= c && c <= b.to),
        `column ${c}`,
      ).toHaveLength(1);
    }
  });

  it('places every step and every compound shown, once, in a cell of its own', () => {
    for (const g of Object.values(grids)) {
      const ids = g.nodes.map((n) => n.id).sort();
      const shown = g.orientation === 'horizontal' ? compounds : [];
      expect(ids).toEqual([...data.nodes.map((n) => n.id), ...shown].sort());
      expect(new Set(g.nodes.map((n) => `${n.column}:${n.row}`)).size).toBe(g.nodes.length);
    }
  });

  it('marks as trunk arrows exactly those between neighbouring trunk steps', () => {
    expect(grid.edges.filter((e) => e.trunk).map((e) => e.id)).toEqual([
      'glutamate-ampa',
      'ampa-bdnf',
      'bdnf-trkb',
      'trkb-mtor',
      'mtor-spines',
      'spines-window',
    ]);
  });
});

describe.each(cases)('the drawn cascade at $width px, theme $theme, zoom step $zoom', (c) => {
  const d = drawFor(c.width, c.theme, c.zoom);

  it('keeps every box, heading and badge inside the drawing', () => {
    for (const { name, box } of textBoxes(d)) {
      expect(box.x, name).toBeGreaterThanOrEqual(0);
      expect(box.y, name).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, name).toBeLessThanOrEqual(d.width);
      expect(box.y + box.height, name).toBeLessThanOrEqual(d.height);
    }
  });

  it('never lets a label, a box or a badge touch another', () => {
    const boxes =
      d.detail === 'overview' ? textBoxes(d).filter((b) => !/^badge/.test(b.name)) : textBoxes(d);
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        if (overlaps(boxes[i]!.box, boxes[j]!.box))
          clashes.push(`${boxes[i]!.name} × ${boxes[j]!.name}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('draws no arrow through a box other than its own ends', () => {
    const crossed: string[] = [];
    for (const e of d.edges) {
      for (const n of d.nodes) {
        if (n.id === e.from || n.id === e.to) continue;
        const through = pathPoints(e.path).some(
          ([x, y]) => x > n.x && x < n.x + n.width && y > n.y && y < n.y + n.height,
        );
        if (through) crossed.push(`${e.id} through ${n.id}`);
      }
    }
    expect(crossed).toEqual([]);
  });

  it('fits every line of text inside its box, cut nowhere', () => {
    for (const n of d.nodes) {
      const lines = [
        ...n.lines.map((l) => textWidth(l, d.type.font)),
        ...n.numberLines.map((l) => textWidth(l, d.type.small, false)),
        ...n.evidenceLines.map((l) => textWidth(l, d.type.small, false)),
      ];
      for (const w of lines) expect(w, n.id).toBeLessThanOrEqual(n.width);
      expect([...n.lines, ...n.numberLines].join(' '), n.id).not.toContain('…');
    }
    for (const e of d.edges) {
      if (d.detail === 'overview') continue;
      expect(textWidth(badges.get(e.id)!.text, d.type.small), e.id).toBeLessThan(e.badge.width);
    }
  });

  it('draws the trunk arrows straight', () => {
    for (const e of d.edges.filter((x) => x.trunk))
      expect(e.path, e.id).toMatch(/^M[\d.,]+L[\d.,]+$/);
  });
});

describe('legibility', () => {
  it('keeps the projector type at 28 px or more at 1920 px and above, at every zoom', () => {
    for (const width of [1920, 3840]) {
      for (const zoom of ZOOMS) {
        const d = drawFor(width, 'projector', zoom);
        expect(Math.min(d.type.font, d.type.small)).toBeGreaterThanOrEqual(28);
        // Fitted on a 1920 px projector, the whole cascade is on screen, left to right.
        if (zoom === 0) {
          expect(d.orientation).toBe('horizontal');
          expect(d.width).toBeLessThanOrEqual(Math.floor(width * 0.93 - 14) + 1);
        }
      }
    }
  });

  it('keeps phone type at 14 px or more and fits the phone width', () => {
    for (const width of [320, 375]) {
      const d = drawFor(width, null);
      expect(Math.min(d.type.font, d.type.small)).toBeGreaterThanOrEqual(14);
      expect(d.width).toBeLessThanOrEqual(Math.floor(width * 0.93 - 14) + 1);
    }
  });

  it('drops the badges far out and shows the numbers closer', () => {
    expect(drawFor(1280, null, 0).detail).toBe('overview');
    // The closest zoom always reaches the key numbers, even in the column beside the details.
    for (const width of [1280, 1440, 1920])
      expect(drawFor(width, null, 'closest').detail).toBe('numbers');
    expect(drawFor(1920, 'projector', 4).detail).not.toBe('overview');
  });
});

// The diagram sizes its frame from the drawing it shows when unzoomed (cascadeView.svelte.ts)
// instead of drawing the cascade a second time without its numbers and badges.
it('draws the cascade at the same size whatever its detail, numbers and badges', () => {
  const details = new Set<string>();
  for (const orientation of ['horizontal', 'vertical'] as const) {
    const grid = grids[orientation];
    const type = diagramType(null, 1280);
    for (const k of [0.5, 1, 2, 4, 8]) {
      const bare = drawCascade(grid, { k, type });
      const full = drawCascade(grid, { k, type, extras, badges });
      expect({ width: full.width, height: full.height }).toEqual({
        width: bare.width,
        height: bare.height,
      });
      details.add(full.detail);
    }
  }
  expect(details.size).toBeGreaterThan(1);
});
/** The drawing as SVG text with its numbers rounded, for snapshots a person can open. */
function normalisedSvg(d: CascadeDrawing): string {
  const r = (n: number) => Math.round(n);
  const path = (p: string) => p.replace(/-?\d+(\.\d+)?/g, (m) => String(Math.round(Number(m))));
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${d.width}" height="${d.height}" font-family="DejaVu Sans" data-detail="${d.detail}">`,
    ...d.headings.map(
      (h) =>
        `<text x="${r(h.tx)}" y="${r(h.y + d.type.small)}" font-size="${d.type.small}" text-anchor="${h.anchor}">${esc(h.lines.join(' / '))}</text>`,
    ),
    ...d.edges.map(
      (e) =>
        `<path d="${path(e.path)}" fill="none" stroke="black" stroke-width="${e.trunk ? 4 : 1.5}"/>` +
        `<rect x="${r(e.badge.x)}" y="${r(e.badge.y)}" width="${r(e.badge.width)}" height="${r(e.badge.height)}" fill="white" stroke="black"/>`,
    ),
    ...d.nodes.map(
      (n) =>
        `<rect x="${r(n.x)}" y="${r(n.y)}" width="${r(n.width)}" height="${r(n.height)}" fill="${n.destination ? '#9cf' : '#eee'}" stroke="black"/>` +
        `<text x="${r(n.cx)}" y="${r(n.y + d.type.font)}" font-size="${d.type.font}" text-anchor="middle">${esc([...n.lines, ...n.numberLines, ...n.evidenceLines].join(' / '))}</text>`,
    ),
    '</svg>',
  ];
  return out.join('\n') + '\n';
}

describe('snapshots of the drawn cascade', async () => {
  const { existsSync, readFileSync, writeFileSync, mkdirSync } = await import('node:fs');
  const dir = new URL('./__snapshots__/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  it.each([
    { name: 'cascade-phone-375', width: 375, theme: null, zoom: 0 },
    { name: 'cascade-laptop-1280', width: 1280, theme: null, zoom: 0 },
    { name: 'cascade-laptop-1280-closest', width: 1280, theme: null, zoom: 'closest' as const },
    { name: 'cascade-projector-1920', width: 1920, theme: 'projector', zoom: 0 },
  ])('$name matches its snapshot', ({ name, width, theme, zoom }) => {
    const actual = normalisedSvg(drawFor(width, theme, zoom));
    const file = new URL(`${name}.svg`, dir);
    // A missing snapshot is written (and committed); a changed drawing is written beside it to compare.
    if (!existsSync(file)) writeFileSync(file, actual);
    const expected = readFileSync(file, 'utf8');
    if (actual !== expected) writeFileSync(new URL(`${name}.changed.svg`, dir), actual);
    expect(actual === expected, `${name}: see ${name}.changed.svg beside the snapshot`).toBe(true);
  });
});
