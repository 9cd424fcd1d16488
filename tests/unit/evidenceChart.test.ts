import { describe, expect, it } from 'vitest';
import {
  COLUMN_LABELS,
  columnX,
  evidenceChartLayout,
  markStates,
  primaryStep,
  radiusFor,
  readingOrder,
  speciesGroup,
  type ChartPoint,
  SYNTHESIS_DIVIDER,
  X_DOMAIN,
} from '../../src/lib/chart/evidenceChart.ts';
import {
  changedPoints,
  evidenceChartOptions,
  markLabel,
  SPECIES_COLOURS,
} from '../../src/lib/chart/evidenceChartOptions.ts';
import { changedSince } from '../../src/lib/model/since.ts';
import { findingsForNode } from '../../src/lib/model/graph.ts';
import { highlightsFor } from '../../src/lib/model/highlights.ts';
import { EVIDENCE_LEVELS } from '../../src/lib/model/schema.ts';
import { realData } from './realData.ts';

import { humanLens } from '../../src/lib/model/lens.ts';

const data = realData();
const colours = { theme: 'light' as const, surface: '#ffffff', ink: '#1d2430' };

describe('evidence chart layout', () => {
  const layout = evidenceChartLayout(data, 1200, 13);
  const byId = new Map(layout.points.map((p) => [p.id, p]));
  const rowOf = new Map(layout.rows.map((r) => [r.id, r]));
  const columnCentre = (level: Parameters<typeof columnX>[0]) =>
    (columnX(level) - X_DOMAIN[0]) * layout.columnWidth;

  it('draws one mark per finding, no more', () => {
    expect(layout.points.map((p) => p.id).sort()).toEqual(data.findings.map((f) => f.id).sort());
  });

  it('draws only the findings in humans under the human-evidence lens, keeping every step’s row', () => {
    const lens = humanLens(data);
    const human = evidenceChartLayout(data, 1200, 13, lens.findings);
    expect(human.points.map((p) => p.id).sort()).toEqual([...lens.findings].sort());
    expect(human.points.every((p) => p.group === 'human')).toBe(true);
    for (const node of data.nodes)
      expect(
        human.rows.some((r) => r.id === node.id),
        node.id,
      ).toBe(true);
    // TrkB has no study in humans: its row is there, and empty.
    expect(human.rows.find((r) => r.id === 'trkb')!.count).toBe(0);
  });

  it('lists the cascade steps down the side in cascade order, then the time course', () => {
    const ids = layout.rows.map((r) => r.id);
    expect(ids.slice(0, 3)).toEqual(['5ht2a', 'nmda', 'monoamine-oxytocin']);
    expect(ids.indexOf('glutamate')).toBeLessThan(ids.indexOf('bdnf'));
    expect(ids.indexOf('bdnf')).toBeLessThan(ids.indexOf('mtor'));
    expect(ids.indexOf('mtor')).toBeLessThan(ids.indexOf('spines'));
    // ley2023-durations bears on timeline phases only.
    expect(ids.at(-1)).toBe('time-course');
    expect(byId.get('ley2023-durations')!.step).toBe('time-course');
    for (const row of layout.rows) expect(row.bottom).toBeGreaterThan(row.top);
  });

  it('puts each mark in its step’s row and its ladder column, syntheses behind the divider', () => {
    for (const p of layout.points) {
      const row = rowOf.get(p.step)!;
      expect(p.y).toBeGreaterThan(row.top);
      expect(p.y).toBeLessThan(row.bottom);
      // Within its column: closer to its own centre than to any other column's.
      const own = Math.abs(p.x - columnCentre(p.level));
      for (const other of [...EVIDENCE_LEVELS, 'synthesis' as const])
        if (other !== p.level) expect(own).toBeLessThan(Math.abs(p.x - columnCentre(other)));
    }
    const divider = (SYNTHESIS_DIVIDER - X_DOMAIN[0]) * layout.columnWidth;
    expect(byId.get('kaiser2015-dmn')!.x).toBeGreaterThan(divider);
    expect(byId.get('popova2019-madrs')!.x).toBeLessThan(divider);
  });

  it('keeps mark centres at least 24 px apart, so each is a target a finger can hit', () => {
    for (const width of [320, 375, 768, 1280]) {
      const { points } = evidenceChartLayout(data, width, 13);
      for (const a of points)
        for (const b of points)
          if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(24);
    }
  });

  it('groups species, sizes by n and keeps the direction', () => {
    expect(speciesGroup(['cells', 'in-silico', 'mouse'])).toBe('rodent');
    expect(speciesGroup(['human', 'non-human-primate'])).toBe('human');
    expect(speciesGroup(['pig'])).toBe('other-animal');
    expect(speciesGroup(['cells'])).toBe('cells');
    expect(byId.get('moliner2023-no-5ht2a')).toMatchObject({
      direction: 'against',
      group: 'rodent',
    });
    expect(byId.get('popova2019-madrs')).toMatchObject({ n: 227, group: 'human' });
    expect(byId.get('ley2023-bdnf-null')!.direction).toBe('null');
    // Bigger studies draw bigger marks; a study without one n draws the smallest.
    expect(byId.get('yan2019-dmn')!.r).toBeGreaterThan(byId.get('popova2019-madrs')!.r);
    expect(byId.get('popova2019-madrs')!.r).toBeGreaterThan(byId.get('berman2000-ketamine')!.r);
    expect(byId.get('shao2021-spines')!.r).toBe(radiusFor(null, 1642, 1));
  });

  it('names each mark with its study, step, level, species, n and direction', () => {
    expect(byId.get('hesselgrave2021-ketanserin')!.label).toBe(
      'Hesselgrave et al. 2021; 5-HT2A receptor; animal; mouse; n not given; against the step',
    );
  });

  it('places a finding on the first step it names, else where its arrow leads', () => {
    const finding = (supports: { nodes?: string[]; edges?: string[] }) => ({
      ...data.findings[0]!,
      supports: { nodes: [], edges: [], events: [], ...supports },
    });
    const edge = data.edges.find((e) => e.to === 'bdnf')!;
    expect(primaryStep(finding({ nodes: ['mtor', 'bdnf'] }), data)).toBe('mtor');
    expect(primaryStep(finding({ edges: [edge.id] }), data)).toBe('bdnf');
    expect(primaryStep(finding({}), data)).toBe('time-course');
  });

  it('grows with projector type: 28 px labels get room and larger marks', () => {
    const big = evidenceChartLayout(data, 1920, 28);
    expect(big.margin.left).toBeGreaterThan(layout.margin.left);
    expect(big.margin.bottom).toBeGreaterThanOrEqual(28 * 2.2);
    expect(big.points[0]!.r).toBeGreaterThan(layout.points[0]!.r);
  });

  it('turns the column labels upright on a phone, where two lines would not fit across', () => {
    expect(layout.rotateLabels).toBe(false);
    const phone = evidenceChartLayout(data, 320, 13);
    expect(phone.rotateLabels).toBe(true);
    // Room below the plot for "Human mech." standing upright.
    expect(phone.margin.bottom).toBeGreaterThan('Human mech.'.length * 13 * 0.6);
  });

  it('reads row by row, left to right', () => {
    const order = readingOrder(layout.points);
    expect(order[0]).toBe(
      layout.points.filter((p) => p.step === '5ht2a').sort((a, b) => a.x - b.x)[0]!.id,
    );
    expect(order).toHaveLength(data.findings.length);
  });
});

describe('mark states follow the one selection', () => {
  it('selecting BDNF lights exactly BDNF’s findings and dims the rest', () => {
    const states = markStates(data, highlightsFor(data, { kind: 'node', id: 'bdnf' }), null, null);
    const lit = [...states].filter(([, s]) => s === 'highlighted').map(([id]) => id);
    expect(lit.sort()).toEqual(
      findingsForNode(data, 'bdnf')
        .map((f) => f.id)
        .sort(),
    );
    expect([...states.values()].filter((s) => s === 'dimmed')).toHaveLength(
      data.findings.length - lit.length,
    );
  });

  it.each([
    { name: 'nothing chosen', focus: null, finding: null, compound: null, selected: 0, dimmed: 0 },
    {
      name: 'a finding',
      focus: { kind: 'finding' as const, id: 'shao2021-spines' },
      finding: 'shao2021-spines',
      compound: null,
      selected: 1,
      dimmed: data.findings.length - 1,
    },
    {
      name: 'a compound only',
      focus: null,
      finding: null,
      compound: 'mdma',
      selected: 0,
      dimmed: data.findings.filter((f) => !f.compounds.includes('mdma')).length,
    },
  ])('$name', ({ focus, finding, compound, selected, dimmed }) => {
    const states = [...markStates(data, highlightsFor(data, focus), finding, compound).values()];
    expect(states.filter((s) => s === 'selected')).toHaveLength(selected);
    expect(states.filter((s) => s === 'dimmed')).toHaveLength(dimmed);
  });
});

describe('evidence chart Plot options', () => {
  const layout = evidenceChartLayout(data, 1000, 13);
  const options = evidenceChartOptions(layout, colours);
  type Marked = {
    ariaLabel?: string;
    ariaHidden?: string;
    data?: unknown[];
    channels: Record<string, { value: unknown }>;
  };
  const marks = options.marks as unknown as Marked[];

  it('sizes the figure from the layout and maps pixels to pixels', () => {
    expect(options.width).toBe(1000);
    expect(options.height).toBe(layout.height);
    expect(options.x?.range).toEqual([layout.margin.left, 1000 - layout.margin.right]);
    expect(options.y?.range).toEqual([layout.margin.top, layout.height - layout.margin.bottom]);
    expect(options.r).toEqual({ type: 'identity' });
  });

  it('draws every finding in one dot mark', () => {
    const dots = marks.filter((m) => m.ariaLabel === 'dot');
    expect(dots).toHaveLength(1);
    expect(dots[0]!.data).toBe(layout.points);
  });

  it('shapes direction and labels the ladder in words at the chosen type size', () => {
    expect(options.symbol).toMatchObject({
      domain: ['for', 'mixed', 'null', 'against'],
      range: ['circle', 'diamond', 'circle', 'times'],
    });
    expect(COLUMN_LABELS['human-rct']).toBe('Large\nRCT');
    const projector = evidenceChartOptions(evidenceChartLayout(data, 1920, 28), {
      ...colours,
      theme: 'projector',
    });
    expect(projector.style).toMatchObject({ fontSize: '28px' });
    expect(SPECIES_COLOURS.projector.human).not.toBe(SPECIES_COLOURS.dark.human);
  });

  describe('?since= marks what changed with ◆', () => {
    // The content second pass (2 Dec 2026) added Vollenweider 1998; Aghajanian 1997 did not
    // change (Shao 2021 did: its timing was added).
    const changed = changedSince(data, '2026-12-01');
    const marked = evidenceChartOptions(layout, colours, { changed });
    const markedMarks = marked.marks as unknown as Marked[];
    const byId = new Map(layout.points.map((p) => [p.id, p]));

    it('knows a changed finding and an unchanged one', () => {
      expect(changed.findings.has('vollenweider1998-ketanserin')).toBe(true);
      expect(changed.findings.has('aghajanian1997-epsp')).toBe(false);
    });

    it('names a changed mark "changed since" the day, and leaves an unchanged one as it was', () => {
      const findingDots = markedMarks.find((m) => m.data === layout.points)!;
      const name = findingDots.channels.ariaLabel!.value as (d: ChartPoint) => string;
      const title = findingDots.channels.title!.value as (d: ChartPoint) => string;
      const vollenweider = byId.get('vollenweider1998-ketanserin')!;
      expect(name(vollenweider)).toBe(`${vollenweider.label}; changed since 1 Dec 2026`);
      expect(title(vollenweider)).toBe(name(vollenweider));
      expect(name(byId.get('aghajanian1997-epsp')!)).toBe(byId.get('aghajanian1997-epsp')!.label);
      expect(markLabel(vollenweider, null)).toBe(vollenweider.label);
    });

    it('draws one ◆ per changed finding the chart shows, hidden from screen readers, on top', () => {
      const diamonds = markedMarks.at(-1)!;
      expect(diamonds.ariaHidden).toBe('true');
      const drawn = layout.points.filter((p) => changed.findings.has(p.id));
      expect(drawn.length).toBeGreaterThan(0);
      expect(diamonds.data).toEqual(drawn);
      expect(changedPoints(layout, changed)).toEqual(drawn);
      expect(markedMarks).toHaveLength(marks.length + 1);
    });

    it('marks only what the human-evidence lens keeps, and nothing without a date', () => {
      const human = evidenceChartLayout(data, 1000, 13, humanLens(data).findings);
      const drawn = changedPoints(human, changed);
      expect(drawn.every((p) => humanLens(data).findings.has(p.id))).toBe(true);
      expect(drawn.length).toBeLessThanOrEqual(changedPoints(layout, changed).length);
      expect(changedPoints(layout, null)).toEqual([]);
      expect(evidenceChartOptions(layout, colours, { changed: null }).marks).toHaveLength(
        marks.length,
      );
    });
  });
});
