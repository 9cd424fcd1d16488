/**
 * Observable Plot options for "Evidence at a glance", from the pure layout. The component
 * passes these to Plot.plot and nothing else, as Plot's own PlotRender component does, so
 * the figure is tested here without a DOM.
 */
import * as Plot from '@observablehq/plot';
import {
  CHART_COLUMNS,
  COLUMN_LABELS,
  columnX,
  oneLine,
  SYNTHESIS_DIVIDER,
  X_DOMAIN,
  type ChartLayout,
  type ChartPoint,
} from './evidenceChart.ts';
import { formatDay } from '../model/since.ts';
import { m } from '../../paraglide/messages.js';
import { SPECIES_GROUPS, type SpeciesGroup } from '../model/vocabulary.ts';

export type ChartTheme = 'light' | 'dark' | 'projector';

/** The legend's names for the species groups (model/vocabulary.ts says which species each holds). */
const SPECIES_GROUP_LABELS: Record<SpeciesGroup, string> = {
  human: m.chart_group_humans(),
  rodent: m.chart_group_rodents(),
  'other-animal': m.chart_group_animals(),
  cells: m.chart_group_cells(),
};

/**
 * Species colours per theme: Okabe–Ito hues darkened on white and lightened on the dark
 * surface, so each mark keeps 3:1 against its background. Colour is never the only cue:
 * each mark's name and tooltip say the species.
 */
export const SPECIES_COLOURS: Record<ChartTheme, Record<SpeciesGroup, string>> = {
  light: { human: '#0a5a9c', rodent: '#a04f00', 'other-animal': '#00775a', cells: '#8a3f7f' },
  projector: { human: '#003f88', rodent: '#8a3d00', 'other-animal': '#005c45', cells: '#6e2866' },
  dark: { human: '#7fb8f0', rodent: '#f2a65a', 'other-animal': '#4fd1a5', cells: '#e3a0d8' },
};

/** Direction as shape: filled circle supports, diamond mixed, hollow circle null, × against. */
const DIRECTION_SYMBOLS = {
  domain: ['for', 'mixed', 'null', 'against'],
  range: ['circle', 'diamond', 'circle', 'times'],
};

export interface ChartColours {
  theme: ChartTheme;
  /** Page surface and ink, as CSS colours (hollow marks are filled with the surface). */
  surface: string;
  ink: string;
}

/** What `?since=` marks in the chart: the findings that changed on or after `since`. */
export interface ChartChanges {
  since: string;
  findings: ReadonlySet<string>;
}

export interface ChartExtras {
  /** Called with each finding's mark once Plot has drawn it (the component's keyboard roles). */
  tagMark?: (element: Element, findingId: string) => void;
  /** `?since=`: the findings to mark ◆ (selection.changed); nothing is marked when null. */
  changed?: ChartChanges | null;
}

/** The drawn findings that `?since=` marks ◆, in the layout's order. */
export const changedPoints = (layout: ChartLayout, changed: ChartChanges | null | undefined) =>
  changed ? layout.points.filter((p) => changed.findings.has(p.id)) : [];

/** A mark's name and tooltip: the layout's label, and whether it changed since the day asked. */
export function markLabel(point: ChartPoint, changed: ChartChanges | null | undefined): string {
  return changed?.findings.has(point.id)
    ? m.chart_mark_changed({ label: point.label, day: formatDay(changed.since) })
    : point.label;
}

export function evidenceChartOptions(
  layout: ChartLayout,
  colours: ChartColours,
  { tagMark, changed = null }: ChartExtras = {},
): Plot.PlotOptions {
  const { width, height, margin, fontSize, rows, points, columnWidth } = layout;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const palette = SPECIES_COLOURS[colours.theme];
  const atColumn = (x: number) => (x - X_DOMAIN[0]) * columnWidth;
  const columnTicks = CHART_COLUMNS.map((level) => ({
    x: atColumn(columnX(level)),
    label: COLUMN_LABELS[level],
  }));
  const strokeWidth = Math.max(1.5, fontSize / 9);
  const hollow = (d: ChartPoint) => d.direction === 'null' || d.direction === 'against';
  const label = (d: ChartPoint) => markLabel(d, changed);
  // The ◆ sits on the upper right of its mark, in ink ringed with the surface, so it reads
  // over any species colour and next to a neighbouring mark.
  const diamond = Math.max(3.5, fontSize / 3.2);
  const marked = changedPoints(layout, changed);

  return {
    width,
    height,
    ...{
      marginTop: margin.top,
      marginRight: margin.right,
      marginBottom: margin.bottom,
      marginLeft: margin.left,
    },
    style: { fontSize: `${fontSize}px`, background: 'transparent', color: colours.ink },
    ariaLabel: m.chart_heading(),
    // Pixels in, pixels out: the layout placed every mark already.
    x: { domain: [0, plotWidth], range: [margin.left, width - margin.right] },
    y: { domain: [0, plotHeight], range: [margin.top, height - margin.bottom] },
    r: { type: 'identity' },
    color: { type: 'identity' },
    symbol: DIRECTION_SYMBOLS,
    marks: [
      // Row bands: alternate rows shaded lightly, so a mark is read against its step.
      Plot.rect(
        rows.filter((_, i) => i % 2 === 0),
        {
          x1: 0,
          x2: plotWidth,
          y1: 'top',
          y2: 'bottom',
          fill: colours.ink,
          fillOpacity: 0.05,
          ariaHidden: 'true',
        },
      ),
      Plot.ruleX([atColumn(SYNTHESIS_DIVIDER)], {
        stroke: colours.ink,
        strokeDasharray: '4,4',
        strokeOpacity: 0.6,
        ariaHidden: 'true',
      }),
      Plot.axisY(
        rows.map((r) => r.y),
        {
          anchor: 'left',
          label: null,
          tickSize: 0,
          tickPadding: 8,
          fontSize,
          tickFormat: (y: number) => rows.find((r) => r.y === y)?.label ?? '',
          ariaHidden: 'true',
        },
      ),
      Plot.axisX(
        columnTicks.map((t) => t.x),
        {
          anchor: 'bottom',
          label: null,
          tickSize: 0,
          tickPadding: 6,
          fontSize,
          lineHeight: 1.1,
          tickRotate: layout.rotateLabels ? -90 : 0,
          tickFormat: (x: number) => {
            const label = columnTicks.find((t) => t.x === x)?.label ?? '';
            return layout.rotateLabels ? oneLine(label) : label;
          },
          ariaHidden: 'true',
        },
      ),
      Plot.dot(points, {
        x: 'x',
        y: 'y',
        r: 'r',
        symbol: 'direction',
        fill: (d: ChartPoint) =>
          d.direction === 'against' ? 'none' : hollow(d) ? colours.surface : palette[d.group],
        stroke: (d: ChartPoint) => palette[d.group],
        strokeWidth: (d: ChartPoint) => (hollow(d) ? strokeWidth * 1.5 : strokeWidth),
        ariaLabel: label,
        title: label,
        // Larger marks first, so a small one is never hidden behind a large one.
        sort: (a: ChartPoint, b: ChartPoint) => b.r - a.r,
        render(index, scales, values, dimensions, context, next) {
          const group = next!(index, scales, values, dimensions, context)!;
          const marks = group.children;
          index.forEach((i, k) => {
            const mark = marks[k];
            if (mark) {
              mark.setAttribute('data-finding', points[i]!.id);
              tagMark?.(mark, points[i]!.id);
            }
          });
          return group;
        },
      } as Plot.DotOptions),
      // ?since=: a ◆ on each changed finding's mark. Hidden from screen readers, whose mark's
      // name says it; presses pass through to the mark beneath. Left out when nothing is marked.
      ...(marked.length === 0
        ? []
        : [
            Plot.dot(marked, {
              x: (d: ChartPoint) => d.x + d.r * 0.75,
              y: (d: ChartPoint) => d.y - d.r * 0.75,
              r: diamond,
              // A square on its corner (Plot's "diamond" is the narrow one mixed results use).
              symbol: 'diamond2',
              fill: colours.ink,
              stroke: colours.surface,
              strokeWidth: 1.5,
              ariaHidden: 'true',
              pointerEvents: 'none',
              render(index, scales, values, dimensions, context, next) {
                const group = next!(index, scales, values, dimensions, context)!;
                index.forEach((i, k) => {
                  const mark = group.children[k];
                  mark?.setAttribute('data-changed', marked[i]!.id);
                  mark?.setAttribute('class', 'changed-mark');
                });
                return group;
              },
            } as Plot.DotOptions),
          ]),
    ],
  };
}

/** The legend's entries, in the order the marks use them. */
export function speciesLegend(theme: ChartTheme) {
  return SPECIES_GROUPS.map((g) => ({
    id: g.id,
    label: SPECIES_GROUP_LABELS[g.id],
    colour: SPECIES_COLOURS[theme][g.id],
  }));
}

/**
 * Plot's figure, ready for the page: each mark a button in a roving tab order (the component
 * moves the one tab stop), Plot's own <style> removed (chart.css carries its rules; the
 * element would break a strict style policy, see vite.config.ts), and roles axe asks for.
 */
export function plotChart(
  layout: ChartLayout,
  colours: ChartColours,
  changed: ChartChanges | null | undefined,
): SVGSVGElement {
  const figure = Plot.plot(
    evidenceChartOptions(layout, colours, {
      tagMark: (mark) => {
        mark.setAttribute('role', 'button');
        mark.setAttribute('tabindex', '-1');
      },
      changed,
    }),
  ) as SVGSVGElement;
  figure.querySelector(':scope > style')?.remove();
  // Plot labels its groups without a role; the marks inside carry the names.
  for (const group of figure.querySelectorAll('g[aria-label]')) group.setAttribute('role', 'group');
  figure.setAttribute('role', 'group');
  figure.setAttribute('aria-label', m.chart_figure());
  return figure;
}
