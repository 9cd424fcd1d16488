import { describe, expect, it } from 'vitest';
import { eventSpan, nearestStop, TIME_STOPS, timeInWords } from '../../src/lib/state/time.ts';

describe('timeInWords', () => {
  it.each([
    [5 / 60, '5 minutes'],
    [0.5, '30 minutes'],
    [1, '1 hour'],
    [1.5, '1.5 hours'],
    [24, '1 day'],
    [36, '1.5 days'],
    [168, '1 week'],
    [240, '10 days'],
    [336, '2 weeks'],
    [1344, '8 weeks'],
    // Dragged to a hair's breadth of a tick: the tick's words.
    [0.999, '1 hour'],
    [23.97, '1 day'],
    [167.9, '1 week'],
  ])('%d hours reads "%s"', (hours, words) => expect(timeInWords(hours)).toBe(words));
});

describe('TIME_STOPS', () => {
  it('rises from five minutes to eight weeks', () => {
    expect(TIME_STOPS[0]).toBeCloseTo(5 / 60);
    expect(TIME_STOPS.at(-1)).toBe(8 * 168);
    for (let i = 1; i < TIME_STOPS.length; i++)
      expect(TIME_STOPS[i]!).toBeGreaterThan(TIME_STOPS[i - 1]!);
  });

  it.each([
    [24, 24],
    [23, 24],
    [1000, 1008],
    [0.01, 5 / 60],
    [100000, 1344],
  ])('the stop nearest %d h is %d h', (hours, stop) =>
    expect(TIME_STOPS[nearestStop(hours)]).toBeCloseTo(stop),
  );
});

describe('eventSpan', () => {
  it.each([
    [{ startHours: 0, endHours: 6, endUncertain: false }, 'from the dose to 6 hours'],
    [{ startHours: 1, endHours: 72, endUncertain: true }, 'from 1 hour to 3 days (end uncertain)'],
    [
      { startHours: 24, endHours: 168, startUncertain: true, endUncertain: false },
      'from 1 day to 1 week (start uncertain)',
    ],
    [
      { startHours: 24, endHours: 336, startUncertain: true, endUncertain: true },
      'from 1 day to 2 weeks (start and end uncertain)',
    ],
  ])('%o reads "%s"', (event, words) => expect(eventSpan(event)).toBe(words));
});
