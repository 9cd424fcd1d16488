import { scaleLog } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { logScale } from '../../src/lib/layout/logScale.ts';

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
