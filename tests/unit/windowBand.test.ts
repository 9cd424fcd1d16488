import { describe, expect, it } from 'vitest';
import { spanInWords, windowBandLines, windowExtent } from '../../src/lib/layout/windowBand.ts';
import { timelineLayout } from '../../src/lib/layout/timelineLayout.ts';
import { mainCompounds } from '../../src/lib/model/graph.ts';
import type { Species } from '../../src/lib/model/schema.ts';
import { realData } from './realData.ts';

const phase = (kind: string, endHours: number, species: Species = 'mouse') => ({
  kind,
  endHours,
  species,
});

describe('windowExtent', () => {
  it.each([
    { name: 'no window measured: no band', phases: [phase('acute', 6, 'human')], expected: null },
    {
      name: 'from the shortest window to the longest; other kinds ignored',
      phases: [phase('window', 336), phase('window', 48), phase('persistence', 720)],
      expected: { start: 48, end: 336, measuredIn: 'in mice' },
    },
    {
      name: 'windows from two species are "in animals"',
      phases: [phase('window', 48), phase('window', 72, 'rat')],
      expected: { start: 48, end: 72, measuredIn: 'in animals' },
    },
  ])('$name', ({ phases, expected }) => {
    expect(windowExtent(phases)).toEqual(expected);
  });

  it('reads "days to weeks, measured in mice" from the real data', () => {
    const extent = windowExtent(realData().events)!;
    expect(windowBandLines(extent, true)).toEqual(['The window: days to weeks (measured in mice)']);
    expect(windowBandLines(extent, false)).toEqual([
      'The window: days to weeks',
      '(measured in mice)',
    ]);
  });
});

describe('spanInWords', () => {
  it.each([
    [2, 6, 'hours'],
    [6, 48, 'hours to days'],
    [48, 504, 'days to weeks'],
    [168, 2000, 'weeks to months'],
  ])('%s h to %s h: %s', (start, end, words) => expect(spanInWords(start, end)).toBe(words));
});

describe('the window band on the timeline', () => {
  const data = realData();
  const compounds = mainCompounds(data);
  const extent = windowExtent(data.events)!;

  it.each([
    ['a phone', 343, 16],
    ['a laptop', 1200, 16],
    ['a projector', 1840, 24],
    ['projector type on a phone', 343, 20],
  ] as const)('spans the measured windows and keeps its words in the figure: %s', (_, w, f) => {
    const l = timelineLayout(data.events, compounds, w, f);
    const band = l.band!;
    expect(band.x).toBeCloseTo(l.x.apply(extent.start));
    expect(band.x + band.width).toBeCloseTo(l.x.apply(extent.end));
    expect(band.y + band.height).toBeCloseTo(l.height - l.margin.bottom);
    const { label } = band;
    expect(label.size).toBeGreaterThanOrEqual(f >= 24 ? 28 : 14);
    if (w > 1000) expect(label.lines).toHaveLength(1);
    const widest = Math.max(...label.lines.map((s) => s.length * 0.65 * label.size));
    expect(label.x).toBeGreaterThanOrEqual(0);
    expect(label.x + widest).toBeLessThanOrEqual(l.width);
    // The words sit above the first band, clear of every bar.
    const lastLine = label.ys.at(-1)! + label.size / 2;
    expect(lastLine).toBeLessThanOrEqual(l.margin.top);
    expect(Math.min(...l.bars.map((b) => b.y))).toBeGreaterThanOrEqual(lastLine);
  });

  it('stays put when one compound is chosen, and goes when no window is shown', () => {
    for (const shown of [compounds, compounds.filter((c) => c.id === 'lsd')]) {
      const l = timelineLayout(data.events, shown, 900);
      expect(l.x.invert(l.band!.x)).toBeCloseTo(extent.start);
      expect(l.x.invert(l.band!.x + l.band!.width)).toBeCloseTo(extent.end);
    }
    const noWindows = data.events.filter((e) => e.kind !== 'window');
    expect(timelineLayout(noWindows, compounds, 900).band).toBeNull();
  });
});
