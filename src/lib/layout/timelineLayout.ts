/**
 * The timeline figure as a pure function of the data: which bands, where each bar, tail
 * and label goes, and the log time axis. The component only draws what this returns.
 */
import { piecewiseLogScale } from './logScale.ts';
import { windowBandLines, windowExtent } from './windowBand.ts';
import type { EventKind, Species } from '../model/schema.ts';
import type { Core } from '../model/split.ts';
import { SPECIES_NAMES } from '../model/vocabulary.ts';
import { m } from '../../paraglide/messages.js';

/** Five minutes to eight weeks, in hours. */
export const TIME_DOMAIN: [number, number] = [5 / 60, 8 * 7 * 24];

/**
 * Where the axis's pieces meet, as shares of its width. On one log scale the first day took
 * 58% of the width and the days-to-weeks range of the window 42%; the first hour (acute
 * onset, where little is measured) is squeezed to an eighth (enough for its tick words on a phone) so the weeks get 60%.
 */
export const TIME_AXIS_KNOTS = [
  { hours: TIME_DOMAIN[0], share: 0 },
  { hours: 1, share: 0.12 },
  { hours: 24, share: 0.4 },
  { hours: TIME_DOMAIN[1], share: 1 },
] as const;

/** The axis's own explanation of its pieces. */
export const TIME_AXIS_CAPTION = {
  wide: m.timeline_caption_wide(),
  narrow: m.timeline_caption_narrow(),
};

const tick = (hours: number, label: string, short: string) => ({ hours, label, short });
export const TIME_TICKS: { hours: number; label: string; short: string }[] = [
  tick(5 / 60, '5 min', '5m'),
  tick(1, m.time_hours_one({ n: '1' }), '1h'),
  tick(6, m.time_hours_other({ n: '6' }), '6h'),
  tick(24, m.time_days_one({ n: '1' }), '1d'),
  tick(168, m.time_weeks_one({ n: '1' }), m.tick_week_short()),
  tick(720, m.tick_month(), m.tick_month_short()),
];

/** Below this width the figure uses short labels and narrow margins. */
const NARROW = 560;

const EVENT_KIND_WORDS: Record<EventKind, [() => string, () => string]> = {
  acute: [m.event_kind_acute, m.event_kind_acute_short],
  signalling: [m.event_kind_signalling, m.event_kind_signalling_short],
  'spine-formation': [m.event_kind_spines, m.event_kind_spines_short],
  persistence: [m.event_kind_persistence, m.event_kind_persistence_short],
  window: [m.event_kind_window, m.event_kind_window_short],
  clinical: [m.event_kind_clinical, m.event_kind_clinical_short],
};
const EVENT_KINDS = Object.keys(EVENT_KIND_WORDS) as EventKind[];

/** Each kind of phase by name: a band's label, and the list's button. */
export const EVENT_KIND_LABELS = Object.defineProperties(
  {} as Record<EventKind, string>,
  Object.fromEntries(
    EVENT_KINDS.map((k) => [k, { get: EVENT_KIND_WORDS[k][0], enumerable: true }]),
  ),
);
/** Band labels for narrow screens, where the full words would crowd out the bars. */
const shortKindNames = () =>
  new Map(EVENT_KINDS.map((k) => [EVENT_KIND_WORDS[k][0](), EVENT_KIND_WORDS[k][1]()]));

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const EVENT_KIND_COLOURS: Record<EventKind, string> = {
  acute: '#E69F00',
  signalling: '#56B4E9',
  'spine-formation': '#009E73',
  persistence: '#0072B2',
  window: '#CC79A7',
  clinical: '#D55E00',
};

export interface TimelineRow {
  id: string;
  compound: string;
  kind: string;
  /** The row's band: one per compound and kind that has an event. */
  lane: string;
  start: number;
  end: number;
  /** The drawn end reaches past the axis, or the real end is unknown. */
  openEnded: boolean;
  /** The start was not measured (one time point after the dose): the bar fades in. */
  openStart: boolean;
  /** Where the fading tail of an uncertain end stops (equals `end` when the end is known). */
  tailEnd: number;
  human: boolean;
  species: Species;
  label: string;
}

const laneKey = (compound: string, kind: string) => `${compound}|${kind}`;

/**
 * One kind of phase for several compounds (a tour step's stage, say): one band per compound
 * under a header naming the phase, so the drugs line up for comparison.
 */
const lanesByCompound = (rows: TimelineRow[]) =>
  new Set(rows.map((r) => r.kind)).size === 1 && new Set(rows.map((r) => r.compound)).size > 1;

/**
 * Bands top to bottom: each compound's name, then one band per kind of event it has, so
 * a compound with few measurements takes little room and none is drawn empty.
 */
function timelineLanes(rows: TimelineRow[], compounds: Core<'compounds'>[]): string[] {
  const kinds = EVENT_KINDS.map((k) => EVENT_KIND_LABELS[k]);
  if (lanesByCompound(rows)) {
    const kind = rows[0]!.kind;
    return [
      kind,
      ...compounds
        .filter((c) => rows.some((r) => r.compound === c.name))
        .map((c) => laneKey(c.name, kind)),
    ];
  }
  return compounds.flatMap((c) => {
    const present = kinds.filter((k) => rows.some((r) => r.lane === laneKey(c.name, k)));
    return present.length ? [c.name, ...present.map((k) => laneKey(c.name, k))] : [];
  });
}

export function timelineRows(
  events: Core<'events'>[],
  compounds: Core<'compounds'>[],
): TimelineRow[] {
  const names = new Map(compounds.map((c) => [c.id, c.name]));
  const [min, max] = TIME_DOMAIN;
  return events
    .filter((e) => names.has(e.compound))
    .map((e) => {
      const end = Math.min(Math.max(e.endHours, min * 1.5), max);
      const openEnded = e.endUncertain || e.endHours > max;
      return {
        id: e.id,
        compound: names.get(e.compound)!,
        kind: EVENT_KIND_LABELS[e.kind],
        lane: laneKey(names.get(e.compound)!, EVENT_KIND_LABELS[e.kind]),
        start: Math.min(Math.max(e.startHours, min), max),
        end,
        openEnded,
        openStart: e.startUncertain === true,
        tailEnd: openEnded ? Math.min(end * 2, max) : end,
        human: e.species === 'human',
        species: e.species,
        label: e.label,
      };
    });
}

export interface TimelineBar {
  id: string;
  /** Left edge, top edge and size, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  /** Human data is drawn solid; animal data pale with a dashed outline. */
  human: boolean;
  title: string;
  /** An uncertain end fades out in steps, each lighter than the last, instead of a hard edge. */
  tails: { x: number; width: number; opacity: number }[];
  /**
   * An uncertain start fades in the same way, over the first half of the drawn span: the
   * solid bar (`x`, `width`) is where the phase was measured under way.
   */
  leads: { x: number; width: number; opacity: number }[];
  /** The species, "start ?" and "end ?" where not known, just after the bar and its tail. */
  note: { x: number; y: number; text: string };
  /** Changed since the day ?since= names: the note starts with CHANGED_MARK. */
  changed: boolean;
}

/** What marks a changed record in every view (see SinceNote). */
export const CHANGED_MARK = '◆';

export interface TimelineLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Type sizes in pixels, scaled with the page's (the projector theme is larger). */
  fontSize: { label: number; note: number; header: number };
  /** Hours to a pixel offset and back, on the piecewise log axis clamped to `TIME_DOMAIN`. */
  x: { apply: (hours: number) => number; invert: (px: number) => number };
  /** One band per compound and kind of event; `y` is its centre, `x` its label's right end. */
  lanes: { key: string; label: string; x: number; y: number }[];
  /** Each compound's name above its bands, with a faint rule at `ruleY` between groups. */
  headers: { name: string; x: number; y: number; ruleY: number }[];
  bars: TimelineBar[];
  /** A gridline per tick; `label` is null where it would run into the one before it. */
  ticks: { x: number; label: string | null }[];
  /** The axis line, in the middle of the row where the time slider lies along it. */
  axisY: number;
  /** The centre line of the tick labels, under the axis. */
  tickY: number;
  caption: { x: number; y: number; text: string };
  /**
   * The plasticity window across the drugs tested, drawn behind the bars from the plot's
   * top (`y`, above the first band, where its words sit) to the axis; null with no window.
   */
  band: {
    x: number;
    width: number;
    y: number;
    height: number;
    /** Left end of the words, the baseline-free centre of each line, and the type size. */
    label: { x: number; ys: number[]; lines: string[]; size: number };
    /**
     * Behind the words, as wide as the band or as the words where they are wider: a tab on
     * top of the band, so the words never hang outside it.
     */
    tab: { x: number; width: number; height: number };
  } | null;
}

/** Share of a band left empty, so neighbouring bars do not touch. */
const BAND_PADDING = 0.18;

/**
 * Everything the timeline draws, in pixels, as a pure function of the data, the figure's
 * width and the page's font size: bands grouped under compound headers, bars, fading
 * tails, notes and the time axis.
 */
/** A bar's tooltip: the phase, its species when not human, and an unmeasured start. */
function barTitle(row: TimelineRow): string {
  const what = row.human
    ? row.label
    : m.timeline_bar_species({ what: row.label, species: SPECIES_NAMES[row.species] });
  return row.openStart ? m.timeline_bar_open_start({ what }) : what;
}

export function timelineLayout(
  events: Core<'events'>[],
  compounds: Core<'compounds'>[],
  width: number,
  /** The page's base font size in pixels; the projector theme makes it large. */
  fontSize = 16,
  /** Events changed since the day ?since= names; their notes start with CHANGED_MARK. */
  changed: ReadonlySet<string> = new Set(),
): TimelineLayout {
  const rows = timelineRows(events, compounds);
  const lanes = timelineLanes(rows, compounds);
  const byCompound = lanesByCompound(rows);
  const narrow = width < NARROW;
  const label = Math.round(fontSize * 0.75);
  // The margins were tuned for 12 px labels; they grow with the type.
  const grow = label / 12;
  // Large type (the projector, the presenter's stage) needs less air between bands.
  const step = Math.max(narrow ? 20 : 22, label * (label >= 18 ? 1.55 : 1.8));
  // A note is a size quieter than the labels, except in large type, where it must read too.
  const noteSize = label >= 18 ? label : label - 1;
  const noteGap = 4 * grow;
  // On a phone "?" before the species marks the start, after it the end, as on the bar.
  const noteText = (row: TimelineRow) =>
    `${changed.has(row.id) ? `${CHANGED_MARK} ` : ''}${row.openStart && narrow ? '? ' : ''}${SPECIES_NAMES[row.species]}${row.openStart && !narrow ? m.timeline_note_start() : ''}${row.openEnded ? (narrow ? ' ?' : m.timeline_note_end()) : ''}`;
  // Room on the left for the longest band name: a compound's, when one phase is shown, or
  // a phase's (in Spanish, "Ventana de plasticidad" is longer than any compound).
  const shortKinds = shortKindNames();
  const laneName = (row: TimelineRow) =>
    byCompound ? row.compound : narrow ? (shortKinds.get(row.kind) ?? row.kind) : row.kind;
  const longestLane = Math.max(0, ...rows.map((r) => textWidth(laneName(r), label)));
  const left = Math.round(
    Math.max((narrow ? 64 : 130) * grow, Math.min(width * 0.45, longestLane + 12 * grow)),
  );
  // Room on the right for every note after its bar. A note that starts a fraction f along
  // the axis ends inside the figure when f·(width − left − right) + its width ≤ width − left.
  const span = width - left;
  const fraction = piecewiseLogScale(TIME_AXIS_KNOTS, [0, 1]).apply;
  const roomFor = (row: TimelineRow) => {
    const f = fraction(row.tailEnd);
    const note = noteGap + textWidth(noteText(row), noteSize);
    return f > 0 ? span - (span - note) / f : 0;
  };
  // The band's words: at least 14 px, and in the projector's large type twice the page's
  // scale-up (28 px at 1920), so the figure's one message reads from the back of a hall;
  // in a presenter's still larger type, a quarter above the labels.
  const extent = windowExtent(events);
  let bandSize = Math.max(
    14,
    Math.round(Math.min(14 + 1.75 * (fontSize - 16), Math.max(28, label * 1.25))),
  );
  const bandLines = extent
    ? windowBandLines(extent, textWidth(windowBandLines(extent, true)[0]!, bandSize) < span - 4)
    : [];
  // Projector type on a phone: two lines may still be too wide; smaller, never below 14 px.
  const longest = Math.max(0, ...bandLines.map((line) => line.length));
  if (longest)
    bandSize = Math.max(14, Math.min(bandSize, Math.floor((width - 4) / (0.65 * longest))));
  const bandLine = Math.round(bandSize * 1.25);
  // Under the bands, the axis itself is the time slider: a row tall enough for its handle.
  const slider = Math.max(28, Math.round(label * 1.6));
  const margin = {
    top: 8 + (bandLines.length ? bandLines.length * bandLine + 6 : 0),
    right: Math.ceil(Math.max((narrow ? 64 : 84) * grow, ...rows.map(roomFor))),
    bottom: slider + Math.round(label * 3.2),
    left,
  };
  const plotBottom = margin.top + lanes.length * step;
  const right = width - margin.right;
  const x = piecewiseLogScale(TIME_AXIS_KNOTS, [margin.left, right], { clamp: true });
  const top = new Map(lanes.map((lane, i) => [lane, margin.top + i * step]));
  const barHeight = step * (1 - BAND_PADDING);
  const colours = new Map(EVENT_KINDS.map((k) => [EVENT_KIND_LABELS[k], EVENT_KIND_COLOURS[k]]));

  const bars = rows.map((row): TimelineBar => {
    const y = top.get(row.lane)! + (step - barHeight) / 2;
    const x0 = x.apply(row.start);
    const x2 = x.apply(row.end);
    const leads: TimelineBar['leads'] = [];
    let x1 = x0;
    if (row.openStart && x2 - x0 > 4) {
      const [quarter, half] = [x0 + (x2 - x0) / 4, x0 + (x2 - x0) / 2];
      leads.push(
        { x: x0, width: quarter - x0, opacity: 0.12 },
        { x: quarter, width: half - quarter, opacity: 0.3 },
      );
      x1 = half;
    }
    const tails: TimelineBar['tails'] = [];
    if (row.openEnded && row.tailEnd > row.end) {
      const middle = x.apply(Math.sqrt(row.end * row.tailEnd));
      tails.push(
        { x: x2, width: middle - x2, opacity: 0.3 },
        { x: middle, width: x.apply(row.tailEnd) - middle, opacity: 0.12 },
      );
    }
    return {
      id: row.id,
      x: x1,
      y,
      width: Math.max(x2 - x1, 1),
      height: barHeight,
      colour: colours.get(row.kind)!,
      human: row.human,
      title: barTitle(row),
      tails,
      leads,
      note: {
        x: x.apply(row.tailEnd) + noteGap,
        y: y + barHeight / 2,
        text: noteText(row),
      },
      changed: changed.has(row.id),
    };
  });

  return {
    width,
    height: plotBottom + margin.bottom,
    margin,
    fontSize: { label, note: noteSize, header: label + 2 },
    x,
    lanes: lanes
      .filter((lane) => lane.includes('|'))
      .map((lane) => {
        const [compound, kind] = lane.split('|') as [string, string];
        return {
          key: lane,
          x: margin.left - 8 * grow,
          label: byCompound ? compound : narrow ? (shortKinds.get(kind) ?? kind) : kind,
          y: top.get(lane)! + step / 2,
        };
      }),
    headers: lanes
      .filter((lane) => !lane.includes('|'))
      .map((name) => ({
        name,
        x: margin.left + 2,
        y: top.get(name)! + step / 2,
        ruleY: top.get(name)!,
      })),
    bars,
    ticks: spacedTicks(
      TIME_TICKS.map((t) => ({ x: x.apply(t.hours), label: narrow ? t.short : t.label })),
      label,
    ),
    axisY: plotBottom + slider / 2,
    tickY: plotBottom + slider + label * 0.7,
    caption: {
      x: right,
      y: plotBottom + slider + label * 2.4,
      text: narrow ? TIME_AXIS_CAPTION.narrow : TIME_AXIS_CAPTION.wide,
    },
    band: extent && windowBandAt(extent, x.apply, bandLines, bandSize, bandLine, width, plotBottom),
  };
}

/**
 * The band from its start to its end on the axis, the words above the first band, starting
 * at the band's left edge and moved left as far as needed to end inside the figure.
 */
function windowBandAt(
  extent: { start: number; end: number },
  at: (hours: number) => number,
  lines: string[],
  size: number,
  lineHeight: number,
  width: number,
  plotBottom: number,
): TimelineLayout['band'] {
  const [x1, x2] = [at(extent.start), at(extent.end)];
  const widest = Math.max(...lines.map((line) => textWidth(line, size)));
  const y = 4;
  const pad = size / 4;
  // Centred on the band where the words fit inside the figure, moved in where they do not.
  const labelX = Math.max(pad, Math.min((x1 + x2 - widest) / 2, width - widest - pad));
  const tabLeft = Math.min(x1, labelX - pad);
  return {
    x: x1,
    width: x2 - x1,
    y,
    height: plotBottom - y,
    label: {
      x: labelX,
      ys: lines.map((_, i) => y + 2 + lineHeight * (i + 0.5)),
      lines,
      size,
    },
    tab: {
      x: tabLeft,
      width: Math.max(x2, labelX + widest + pad) - tabLeft,
      height: lines.length * lineHeight + 4,
    },
  };
}

/** Rough width of a label: digits and most letters of the usual sans-serif fonts fit 0.65 em. */
const textWidth = (text: string, size: number) => text.length * size * 0.65;

/**
 * Leaves out tick labels that would touch the previous one (large type on a phone puts
 * "1wk" and "1mo" on top of each other); their gridlines stay.
 */
function spacedTicks(ticks: { x: number; label: string }[], size: number) {
  let lastRight = -Infinity;
  return ticks.map(({ x, label }) => {
    const half = textWidth(label, size) / 2;
    if (x - half < lastRight + size / 2) return { x, label: null };
    lastRight = x + half;
    return { x, label };
  });
}
