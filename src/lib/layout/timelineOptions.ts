/**
 * Options for the timeline figure, as a pure function of the data. The Plot module is
 * passed in so this file never pulls Plot into the first view's bundle, and tests can
 * call it with the real Plot and inspect the result.
 */
import type * as PlotModule from '@observablehq/plot';
import type { Compound, EventKind, TimelineEvent } from '../model/schema.ts';

/** Five minutes to eight weeks, in hours. */
export const TIME_DOMAIN: [number, number] = [5 / 60, 8 * 7 * 24];

export const TIME_TICKS: { hours: number; label: string }[] = [
  { hours: 5 / 60, label: '5 min' },
  { hours: 1, label: '1 hour' },
  { hours: 6, label: '6 hours' },
  { hours: 24, label: '1 day' },
  { hours: 168, label: '1 week' },
  { hours: 720, label: '1 month' },
];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  acute: 'Acute effects',
  signalling: 'Signalling',
  'spine-formation': 'Spine formation',
  persistence: 'Persistence',
  window: 'Plasticity window',
  clinical: 'Clinical effect',
};

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
  start: number;
  end: number;
  /** The drawn end reaches past the axis, or the real end is unknown. */
  openEnded: boolean;
  human: boolean;
  species: string;
  label: string;
}

export function timelineRows(events: TimelineEvent[], compounds: Compound[]): TimelineRow[] {
  const names = new Map(compounds.map((c) => [c.id, c.name]));
  const [min, max] = TIME_DOMAIN;
  return events
    .filter((e) => names.has(e.compound))
    .map((e) => ({
      id: e.id,
      compound: names.get(e.compound)!,
      kind: EVENT_KIND_LABELS[e.kind],
      start: Math.min(Math.max(e.startHours, min), max),
      end: Math.min(Math.max(e.endHours, min * 1.5), max),
      openEnded: e.endUncertain || e.endHours > max,
      human: e.species === 'human',
      species: e.species === 'human' ? 'human' : e.species,
      label: e.label,
    }));
}

export function timelineOptions(
  Plot: typeof PlotModule,
  events: TimelineEvent[],
  compounds: Compound[],
  width: number,
): PlotModule.PlotOptions {
  const rows = timelineRows(events, compounds);
  const kinds = Object.values(EVENT_KIND_LABELS);
  return {
    width,
    marginLeft: width < 560 ? 96 : 130,
    marginRight: 24,
    style: { fontSize: '13px', background: 'transparent', color: 'currentColor' },
    x: {
      type: 'log',
      domain: TIME_DOMAIN,
      ticks: TIME_TICKS.map((t) => t.hours),
      tickFormat: (h: number) => TIME_TICKS.find((t) => t.hours === h)?.label ?? '',
      label: 'Time after one dose (log scale) →',
      grid: true,
    },
    fy: { label: null, domain: compounds.map((c) => c.name), padding: 0.15 },
    y: { label: null, domain: kinds, axis: width < 560 ? null : 'left' },
    color: {
      domain: kinds,
      range: Object.values(EVENT_KIND_COLOURS),
    },
    marks: [
      // Human measurements are solid; animal measurements are pale with a dashed outline.
      Plot.barX(
        rows.filter((d) => d.human),
        { x1: 'start', x2: 'end', y: 'kind', fy: 'compound', fill: 'kind', title: 'label' },
      ),
      Plot.barX(
        rows.filter((d) => !d.human),
        {
          x1: 'start',
          x2: 'end',
          y: 'kind',
          fy: 'compound',
          fill: 'kind',
          fillOpacity: 0.35,
          stroke: 'kind',
          strokeDasharray: '4,2',
          title: (d: TimelineRow) => `${d.label} (${d.species})`,
        },
      ),
      Plot.text(rows, {
        x: 'end',
        y: 'kind',
        fy: 'compound',
        text: (d: TimelineRow) =>
          `${d.human ? 'human' : d.species}${d.openEnded ? ' · end ?' : ''}`,
        textAnchor: 'start',
        dx: 4,
        fontSize: 11,
        clip: true,
      }),
      Plot.frame({ anchor: 'bottom', facet: 'exclude' }),
    ],
  };
}
