import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import {
  TIME_DOMAIN,
  TIME_TICKS,
  timelineOptions,
  timelineRows,
} from '../../src/lib/layout/timelineOptions.ts';
import { mainCompounds } from '../../src/lib/model/graph.ts';
import type { TimelineEvent } from '../../src/lib/model/schema.ts';
import { realData } from './realData.ts';

const data = realData();
const compounds = mainCompounds(data);

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

describe('timelineOptions', () => {
  const options = timelineOptions(Plot, data.events, compounds, 900);

  it('uses a log time axis from minutes to eight weeks, labelled in words', () => {
    expect(options.x?.type).toBe('log');
    expect(options.x?.domain).toEqual([5 / 60, 8 * 7 * 24]);
    expect(TIME_TICKS.map((t) => t.label)).toEqual([
      '5 min',
      '1 hour',
      '6 hours',
      '1 day',
      '1 week',
      '1 month',
    ]);
  });

  it('groups bands under each compound, in the chooser order, with no empty band', () => {
    const lanes = options.y?.domain as string[];
    const headers = lanes.filter((lane) => !lane.includes('|'));
    expect(headers).toEqual(
      compounds.filter((c) => data.events.some((e) => e.compound === c.id)).map((c) => c.name),
    );
    const rows = timelineRows(data.events, compounds);
    for (const lane of lanes.filter((l) => l.includes('|'))) {
      expect(
        rows.some((r) => r.lane === lane),
        lane,
      ).toBe(true);
    }
  });

  it('draws every event of every shown compound', () => {
    const shown = new Set(compounds.map((c) => c.id));
    const expected = data.events.filter((e) => shown.has(e.compound)).map((e) => e.id);
    expect(timelineRows(data.events, compounds).map((r) => r.id)).toEqual(expected);
  });
});
