import { scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { logScale, piecewiseLogScale } from '../../src/lib/layout/logScale.ts';

describe('the timeline’s log scale', () => {
  const domain = [0.05, 24 * 120] as const;
  const range = [130, 1110] as const;
  it('places and inverts times as d3’s scaleLog does, clamped at both ends', () => {
    const ours = logScale(domain, range, { clamp: true });
    const d3 = scaleLog().domain(domain).range(range).clamp(true);
    for (const hours of [0.001, 0.05, 0.5, 1, 24, 24 * 7, 24 * 28, 24 * 120, 1e6]) {
      expect(ours.apply(hours)).toBeCloseTo(d3(hours), 9);
    }
    for (const px of [0, 130, 400, 777, 1110, 2000]) {
      expect(ours.invert(px)).toBeCloseTo(d3.invert(px), 6);
    }
  });
  it('extrapolates when not clamped', () => {
    const ours = logScale(domain, [0, 1]);
    const d3 = scaleLog().domain(domain).range([0, 1]);
    for (const hours of [0.01, 3, 1e5]) expect(ours.apply(hours)).toBeCloseTo(d3(hours), 9);
  });
});

describe('the piecewise log scale', () => {
  const knots = [
    { hours: 0.1, share: 0 },
    { hours: 1, share: 0.2 },
    { hours: 100, share: 1 },
  ];
  const scale = piecewiseLogScale(knots, [100, 600], { clamp: true });
  it.each([
    { hours: 0.1, px: 100 },
    { hours: 1, px: 200 },
    { hours: 10, px: 400 },
    { hours: 100, px: 600 },
    { hours: 0.01, px: 100 },
    { hours: 1e4, px: 600 },
  ])('puts $hours h at $px px (clamped outside)', ({ hours, px }) => {
    expect(scale.apply(hours)).toBeCloseTo(px, 9);
  });
  it('inverts what it applies, and clamps a drag past either end', () => {
    for (const hours of [0.1, 0.2, 0.5, 1, 2, 30, 100]) {
      expect(scale.invert(scale.apply(hours))).toBeCloseTo(hours, 9);
    }
    expect(scale.invert(0)).toBeCloseTo(0.1);
    expect(scale.invert(1000)).toBeCloseTo(100);
  });
  it('is one log scale when the knots lie on one', () => {
    const one = logScale([0.1, 100], [0, 1]);
    const same = piecewiseLogScale(
      [
        { hours: 0.1, share: 0 },
        { hours: 1, share: one.apply(1) },
        { hours: 100, share: 1 },
      ],
      [0, 1],
    );
    for (const hours of [0.2, 3, 50]) expect(same.apply(hours)).toBeCloseTo(one.apply(hours), 9);
  });
});
