import { describe, expect, it } from 'vitest';
import {
  CHANGED_MARK,
  TIME_AXIS_CAPTION,
  TIME_AXIS_KNOTS,
  TIME_DOMAIN,
  TIME_TICKS,
  EVENT_KIND_COLOURS,
  timelineLayout,
  timelineRows,
} from '../../src/lib/layout/timelineLayout.ts';
import { mainCompounds } from '../../src/lib/model/graph.ts';
import type { TimelineEvent } from '../../src/lib/model/schema.ts';
import { realData } from './realData.ts';

const data = realData();
const compounds = mainCompounds(data);
/** Figure widths and root font sizes: phone, laptop, and the projector theme's larger type. */
const SIZES = [
  ['a phone', 343, 16],
  ['a laptop', 1200, 16],
  ['a projector', 1840, 24],
] as const;

const event = (over: Partial<TimelineEvent>): TimelineEvent => ({
  id: 'e',
  compound: 'psilocybin',
  kind: 'acute',
  label: 'Acute',
  startHours: 0,
  endHours: 6,
  endUncertain: false,
  species: 'human',
  summary: 's',
  nodes: [],
  ...over,
});

describe('timelineRows', () => {
  it.each([
    {
      name: 'starts at the dose: clamped to the axis start',
      e: { startHours: 0 },
      start: TIME_DOMAIN[0],
      openEnded: false,
    },
    {
      name: 'a year-long follow-up: cut at 8 weeks and marked open',
      e: { endHours: 8760 },
      end: TIME_DOMAIN[1],
      openEnded: true,
    },
    {
      name: 'an unknown end stays marked',
      e: { endHours: 336, endUncertain: true },
      end: 336,
      openEnded: true,
    },
  ])('$name', ({ e, start, end, openEnded }) => {
    const [row] = timelineRows([event(e)], compounds);
    if (start !== undefined) expect(row!.start).toBe(start);
    if (end !== undefined) expect(row!.end).toBe(end);
    expect(row!.openEnded).toBe(openEnded);
  });

  it('keeps human and animal measurements apart', () => {
    const rows = timelineRows([event({}), event({ id: 'm', species: 'mouse' })], compounds);
    expect(rows.map((r) => r.human)).toEqual([true, false]);
  });

  it('leaves out events of compounds not shown', () => {
    expect(timelineRows([event({ compound: 'exercise' })], compounds)).toEqual([]);
  });
});

describe('timelineLayout', () => {
  const layout = timelineLayout(data.events, compounds, 900);
  const { margin } = layout;
  const plot = {
    left: margin.left,
    right: layout.width - margin.right,
    top: margin.top,
    bottom: layout.height - margin.bottom,
  };

  it('puts time on a log axis from five minutes to eight weeks', () => {
    expect(layout.x.apply(TIME_DOMAIN[0])).toBeCloseTo(plot.left);
    expect(layout.x.apply(TIME_DOMAIN[1])).toBeCloseTo(plot.right);
    // Within a piece, equal ratios of time take equal room: a day to a week as a week to
    // seven weeks. Across pieces they do not: the same sevenfold step inside the squeezed
    // first hour takes less room than a day to a week.
    expect(layout.x.apply(168) - layout.x.apply(24)).toBeCloseTo(
      layout.x.apply(1176) - layout.x.apply(168),
    );
    expect(layout.x.apply(1) - layout.x.apply(1 / 7)).toBeLessThan(
      layout.x.apply(168) - layout.x.apply(24),
    );
    expect(layout.x.invert(layout.x.apply(24))).toBeCloseTo(24);
    // A drag past either end stops at the axis's end.
    expect(layout.x.invert(0)).toBeCloseTo(TIME_DOMAIN[0]);
    expect(layout.x.invert(layout.width)).toBeCloseTo(TIME_DOMAIN[1]);
  });

  it('gives the days to weeks more room than the first hour, and says so on the axis', () => {
    const share = (a: number, b: number) =>
      (layout.x.apply(b) - layout.x.apply(a)) / (plot.right - plot.left);
    expect(share(24, TIME_DOMAIN[1])).toBeCloseTo(0.6);
    expect(share(TIME_DOMAIN[0], 1)).toBeCloseTo(0.12);
    expect(layout.caption.text).toBe(TIME_AXIS_CAPTION.wide);
    expect(layout.caption.text).toMatch(/first hour squeezed/);
    expect(timelineLayout(data.events, compounds, 343).caption.text).toBe(TIME_AXIS_CAPTION.narrow);
  });

  it.each(SIZES)('keeps ticks in order and invertible, the knots too, on %s', (_, w, f) => {
    const l = timelineLayout(data.events, compounds, w, f);
    const xs = l.ticks.map((t) => t.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    const times = [...TIME_TICKS.map((t) => t.hours), ...TIME_AXIS_KNOTS.map((k) => k.hours)];
    for (const hours of [...times, 0.3, 3, 48, 336, 504, 1000]) {
      expect(l.x.invert(l.x.apply(hours)) / hours, `${hours} h`).toBeCloseTo(1, 9);
    }
    // Every pixel across the plot maps to a time and back: what the cursor drag relies on.
    let previous = 0;
    for (let px = l.margin.left; px <= l.width - l.margin.right; px += 7) {
      const hours = l.x.invert(px);
      expect(hours).toBeGreaterThan(previous);
      expect(l.x.apply(hours)).toBeCloseTo(px, 6);
      previous = hours;
    }
  });

  it('labels the axis in words, left to right under the bars', () => {
    expect(layout.ticks.map((t) => t.label)).toEqual(TIME_TICKS.map((t) => t.label));
    const xs = layout.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(layout.tickY).toBeGreaterThan(plot.bottom);
    expect(layout.caption.y).toBeGreaterThan(layout.tickY);
    expect(layout.caption.y + layout.fontSize.label / 2).toBeLessThanOrEqual(layout.height);
  });

  it('groups bands under each compound, in the chooser order, with no empty band', () => {
    const shown = compounds.filter((c) => data.events.some((e) => e.compound === c.id));
    expect(layout.headers.map((h) => h.name)).toEqual(shown.map((c) => c.name));
    for (const lane of layout.lanes) {
      const compound = lane.key.split('|')[0]!;
      const header = layout.headers.findIndex((h) => h.name === compound);
      const next = layout.headers[header + 1];
      // Below its compound's name and above the next compound's.
      expect(lane.y, lane.key).toBeGreaterThan(layout.headers[header]!.y);
      if (next) expect(lane.y, lane.key).toBeLessThan(next.ruleY);
      expect(
        layout.bars.some((b) => b.y < lane.y && lane.y < b.y + b.height),
        lane.key,
      ).toBe(true);
    }
    // No bar runs through a compound's name.
    for (const header of layout.headers) {
      expect(layout.bars.filter((b) => b.y < header.y && header.y < b.y + b.height)).toEqual([]);
    }
  });

  it('draws every event of every shown compound, and only those', () => {
    const shown = new Set(compounds.map((c) => c.id));
    const expected = data.events.filter((e) => shown.has(e.compound)).map((e) => e.id);
    expect(layout.bars.map((b) => b.id)).toEqual(expected);
    const ketamine = compounds.filter((c) => c.id === 'ketamine');
    expect(timelineLayout(data.events, ketamine, 900).bars.map((b) => b.id)).toEqual(
      data.events.filter((e) => e.compound === 'ketamine').map((e) => e.id),
    );
  });

  it.each(SIZES)('keeps bars and tails inside the plot area on %s', (_, width, fontSize) => {
    const l = timelineLayout(data.events, compounds, width, fontSize);
    const right = l.width - l.margin.right;
    for (const bar of l.bars) {
      expect(bar.x, bar.id).toBeGreaterThanOrEqual(l.margin.left);
      expect(bar.x + bar.width, bar.id).toBeLessThanOrEqual(right + 1e-9);
      expect(bar.y, bar.id).toBeGreaterThanOrEqual(l.margin.top);
      expect(bar.y + bar.height, bar.id).toBeLessThanOrEqual(l.height - l.margin.bottom);
      for (const tail of bar.tails)
        expect(tail.x + tail.width, bar.id).toBeLessThanOrEqual(right + 1e-9);
      for (const lead of bar.leads) expect(lead.x, bar.id).toBeGreaterThanOrEqual(l.margin.left);
    }
  });

  it('colours bars by kind of event and keeps human and animal data apart', () => {
    const mouse = layout.bars.find((b) => b.id === 'psilocybin-spine-formation')!;
    expect(mouse).toMatchObject({ human: false, colour: EVENT_KIND_COLOURS['spine-formation'] });
    expect(mouse.title).toContain('(mouse)');
    expect(layout.bars.find((b) => b.id === 'psilocybin-acute')).toMatchObject({
      human: true,
      colour: EVENT_KIND_COLOURS.acute,
    });
  });

  it('fades an uncertain end out in lighter steps and says so; a known end stops', () => {
    const [uncertain, known] = timelineLayout(
      [
        event({ id: 'u', endHours: 48, endUncertain: true, species: 'mouse' }),
        event({ id: 'k', kind: 'signalling', endHours: 48 }),
      ],
      compounds,
      900,
    ).bars;
    expect(uncertain!.tails).toHaveLength(2);
    expect(uncertain!.tails[0]!.x).toBeCloseTo(uncertain!.x + uncertain!.width);
    expect(uncertain!.tails[1]!.opacity).toBeLessThan(uncertain!.tails[0]!.opacity);
    const tailEnd = uncertain!.tails[1]!.x + uncertain!.tails[1]!.width;
    expect(uncertain!.note.x).toBeGreaterThan(tailEnd);
    expect(uncertain!.note.text).toBe('mouse · end ?');
    expect(known!.tails).toEqual([]);
    expect(known!.note.x).toBeGreaterThan(known!.x + known!.width);
    expect(known!.note.text).toBe('human');
  });

  it('fades an unmeasured start in, like an uncertain end, and says "start ?"', () => {
    const e = event({ id: 's', endHours: 336, endUncertain: true, startUncertain: true });
    const [wide] = timelineLayout([e], compounds, 900).bars;
    const lead = wide!.leads;
    expect(lead).toHaveLength(2);
    // Lighter first, then darker, then the solid bar: each starts where the last ends.
    expect(lead[0]!.opacity).toBeLessThan(lead[1]!.opacity);
    expect(lead[0]!.x + lead[0]!.width).toBeCloseTo(lead[1]!.x);
    expect(lead[1]!.x + lead[1]!.width).toBeCloseTo(wide!.x);
    expect(wide!.note.text).toBe('human · start ? · end ?');
    expect(wide!.title).toContain('start not measured');
    const [narrow] = timelineLayout([e], compounds, 343).bars;
    expect(narrow!.note.text).toBe('? human ?');
    const [known] = timelineLayout([event({})], compounds, 900).bars;
    expect(known!.leads).toEqual([]);
  });

  it('marks uncertain starts only where the data says so', () => {
    const open = layout.bars.filter((b) => b.leads.length).map((b) => b.id);
    expect(open).toEqual(data.events.filter((e) => e.startUncertain).map((e) => e.id));
    expect(open).toContain('psilocybin-window');
  });

  it('uses the short labels on narrow screens', () => {
    const wide = layout;
    const narrow = timelineLayout(data.events, compounds, 343);
    expect(wide.lanes.map((l) => l.label)).toContain('Plasticity window');
    expect(narrow.lanes.map((l) => l.label)).not.toContain('Plasticity window');
    expect(narrow.lanes.map((l) => l.label)).toContain('Window');
    expect(narrow.ticks.map((t) => t.label)).toEqual(TIME_TICKS.map((t) => t.short));
    expect(narrow.bars.every((b) => !b.note.text.includes('end'))).toBe(true);
    expect(narrow.margin.left).toBeLessThan(wide.margin.left);
  });

  it('leaves out tick labels that would run together, keeping every gridline', () => {
    // The projector's large type on a phone.
    const crowded = timelineLayout(data.events, compounds, 343, 20);
    expect(crowded.ticks).toHaveLength(TIME_TICKS.length);
    const shown = crowded.ticks.filter((t) => t.label !== null);
    expect(shown.length).toBeLessThan(TIME_TICKS.length);
    expect(shown[0]!.label).toBe('5m');
    // Neighbours are at least half of each label apart, at 0.6 em a character.
    const em = 0.6 * crowded.fontSize.label;
    for (let i = 1; i < shown.length; i++) {
      const [a, b] = [shown[i - 1]!, shown[i]!];
      expect(b.x - a.x, `${a.label}–${b.label}`).toBeGreaterThan(
        ((a.label!.length + b.label!.length) / 2) * em,
      );
    }
  });

  it.each([...SIZES, ['a projector on a narrow screen', 800, 24] as const])(
    'leaves room for every note after its bar, on %s',
    (_, width, fontSize) => {
      // Every compound together, and each alone (its own widest note sets the margin).
      // Every note marked ◆ as changed (?since=) is the widest each can be.
      const all = new Set(data.events.map((e) => e.id));
      for (const [shown, changed] of [compounds, ...compounds.map((c) => [c])].flatMap((shown) => [
        [shown, new Set<string>()] as const,
        [shown, all] as const,
      ])) {
        const l = timelineLayout(data.events, shown, width, fontSize, changed);
        // 0.6 em a character is wide enough for the usual sans-serif fonts.
        for (const bar of l.bars) {
          expect(
            bar.note.x + bar.note.text.length * 0.6 * l.fontSize.note,
            bar.id,
          ).toBeLessThanOrEqual(l.width);
        }
      }
    },
  );

  it.each(SIZES)('ends each band label before the bars begin, on %s', (_, width, fontSize) => {
    // Whether the words fit the margin is measured in the browser (tests/e2e/timeline.test.ts).
    const l = timelineLayout(data.events, compounds, width, fontSize);
    const firstBar = Math.min(...l.bars.map((b) => b.x));
    for (const lane of l.lanes) expect(lane.x, lane.label).toBeLessThan(firstBar - 2);
  });

  it('marks the notes of changed phases, and only those', () => {
    const l = timelineLayout(data.events, compounds, 900, 16, new Set(['psilocybin-acute']));
    const marked = l.bars.filter((b) => b.changed);
    expect(marked.map((b) => b.id)).toEqual(['psilocybin-acute']);
    expect(marked[0]!.note.text).toBe(`${CHANGED_MARK} human`);
    expect(l.bars.find((b) => b.id === 'lsd-acute')!.note.text).toBe('human');
  });

  it('grows the type and the room for it with the page font (projector)', () => {
    const large = timelineLayout(data.events, compounds, 900, 24);
    expect(large.fontSize.label).toBeGreaterThan(layout.fontSize.label);
    expect(large.margin.left).toBeGreaterThan(layout.margin.left);
    expect(large.margin.bottom).toBeGreaterThan(layout.margin.bottom);
    expect(large.bars[0]!.height).toBeGreaterThan(layout.bars[0]!.height);
  });

  it('lines the compounds up under one header when a single kind of phase is shown (a tour step)', () => {
    const windows = data.events.filter((e) => e.kind === 'window');
    const l = timelineLayout(windows, compounds, 1800, 37);
    const withWindow = compounds.filter((c) => windows.some((e) => e.compound === c.id));
    expect(l.headers.map((h) => h.name)).toEqual(['Plasticity window']);
    expect(l.lanes.map((lane) => lane.label)).toEqual(withWindow.map((c) => c.name));
    // The longest compound name ends before the bars begin.
    const firstBar = Math.min(...l.bars.map((b) => b.x));
    for (const lane of l.lanes)
      expect(lane.x - lane.label.length * 0.6 * l.fontSize.label, lane.label).toBeGreaterThan(0);
    for (const lane of l.lanes) expect(lane.x, lane.label).toBeLessThan(firstBar);
    // One compound keeps its own header and the kind as the band's name.
    const one = timelineLayout(windows, compounds.slice(0, 1), 1800, 37);
    expect(one.headers.map((h) => h.name)).toEqual([compounds[0]!.name]);
    expect(one.lanes.map((lane) => lane.label)).toEqual(['Plasticity window']);
  });

  it.each([...SIZES, ['a presenter’s stage', 1850, 37.3] as const])(
    'keeps the window band’s words on a tab inside the figure that covers the band, on %s',
    (_, width, fontSize) => {
      const l = timelineLayout(data.events, compounds, width, fontSize);
      const band = l.band!;
      const words =
        Math.max(...band.label.lines.map((line) => line.length)) * 0.65 * band.label.size;
      expect(band.tab.x).toBeGreaterThanOrEqual(0);
      expect(band.tab.x + band.tab.width).toBeLessThanOrEqual(l.width);
      expect(band.tab.x).toBeLessThanOrEqual(Math.min(band.x, band.label.x));
      expect(band.tab.x + band.tab.width).toBeGreaterThanOrEqual(
        Math.max(band.x + band.width, band.label.x + words) - 0.5,
      );
      expect(band.tab.height).toBeLessThanOrEqual(l.margin.top);
    },
  );

  it.each(SIZES)(
    'puts the axis, which the slider lies on, between the bars and the ticks, on %s',
    (_, width, fontSize) => {
      const l = timelineLayout(data.events, compounds, width, fontSize);
      const plotBottom = l.height - l.margin.bottom;
      // Room for the slider's 28 px handle centred on the axis, clear of bars and tick words.
      expect(l.axisY - 14).toBeGreaterThanOrEqual(plotBottom);
      expect(l.tickY - l.fontSize.label / 2).toBeGreaterThanOrEqual(l.axisY + 14);
    },
  );
});
