import { interpolateZoom as d3InterpolateZoom } from 'd3-interpolate';
import { select } from 'd3-selection';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interpolateZoom } from '../../src/components/diagram/interpolateZoom.ts';
import { interrupt } from '../../src/components/diagram/zoomTransition.ts';

describe('the zoom’s copy of interpolateZoom', () => {
  it.each([
    { from: [0, 0, 100], to: [300, 200, 50], case: 'pan and zoom in' },
    { from: [10, 10, 800], to: [-50, 400, 2000], case: 'pan and zoom out' },
    { from: [5, 5, 100], to: [5, 5, 400], case: 'zoom about one point' },
    { from: [0, 0, 300], to: [120, 0, 300], case: 'pan only' },
  ] as const)('follows d3’s path and duration: $case', ({ from, to }) => {
    const ours = interpolateZoom([...from], [...to]);
    const d3 = d3InterpolateZoom([...from], [...to]);
    expect(ours.duration).toBeCloseTo(d3.duration, 9);
    for (const t of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1])
      ours(t).forEach((value, i) => expect(value).toBeCloseTo(d3(t)[i]!, 9));
  });
});

describe('the zoom’s transition stand-in', () => {
  // In node there is no requestAnimationFrame: frames are 17 ms timeouts, as in d3-timer.
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const node = () => ({ __data__: 'datum' }) as unknown as Element;

  function record(target: Element, duration: number) {
    const heard: string[] = [];
    const ticks: number[] = [];
    const transition = select(target)
      .transition()
      .duration(duration)
      .on('start.zoom', function (this: Element, datum: unknown) {
        heard.push(`start ${this === target} ${datum as string}`);
      })
      .on('interrupt.zoom end.zoom', () => heard.push('stop'))
      .tween('zoom', function () {
        heard.push('tween');
        return (t: number) => void ticks.push(t);
      });
    return { heard, ticks, transition };
  }

  it('starts on the next frame, eases from 0 to exactly 1, then ends', () => {
    const target = node();
    const { heard, ticks } = record(target, 200);
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(17);
    expect(heard).toEqual(['start true datum', 'tween']);
    vi.advanceTimersByTime(1000);
    expect(heard).toEqual(['start true datum', 'tween', 'stop']);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBe(1);
    expect(ticks.length).toBeGreaterThan(5);
    // Cubic in-out: slow at both ends, monotonic.
    expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
  });

  it('stops a running move when a gesture interrupts it, and never finishes it', () => {
    const target = node();
    const { heard, ticks } = record(target, 200);
    vi.advanceTimersByTime(17 * 3);
    interrupt(target);
    const ticked = ticks.length;
    vi.advanceTimersByTime(1000);
    expect(heard).toEqual(['start true datum', 'tween', 'stop']);
    expect(ticks.length).toBe(ticked);
    expect(ticks).not.toContain(1);
  });

  it('drops a move that has not started yet when interrupted (no start, no end)', () => {
    const target = node();
    const { heard, ticks } = record(target, 200);
    select(target).interrupt();
    vi.advanceTimersByTime(1000);
    expect(heard).toEqual([]);
    expect(ticks).toEqual([]);
  });

  it('lets a new move interrupt the running one as it starts', () => {
    const target = node();
    const first = record(target, 300);
    vi.advanceTimersByTime(17 * 3);
    const second = record(target, 100);
    vi.advanceTimersByTime(1000);
    expect(first.heard).toEqual(['start true datum', 'tween', 'stop']);
    expect(first.ticks).not.toContain(1);
    expect(second.ticks.at(-1)).toBe(1);
  });

  it('hands the transition to call() and gives back its selection', () => {
    const target = node();
    const { transition } = record(target, 100);
    let got: unknown;
    transition.call((t) => (got = t));
    expect(got).toBe(transition);
    expect(transition.selection().node()).toBe(target);
  });
});
