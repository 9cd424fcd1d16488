/**
 * A logarithmic scale from a time domain to pixels: the few lines the timeline needs from
 * d3-scale's scaleLog (whose chunk, with its interpolators and formats, cost 12 KB gzip on
 * every page load).
 */
export interface LogScale {
  apply: (value: number) => number;
  invert: (position: number) => number;
}

export function logScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
  { clamp = false } = {},
): LogScale {
  const l0 = Math.log(d0);
  const l1 = Math.log(d1);
  const limit = (f: number) => (clamp ? Math.min(1, Math.max(0, f)) : f);
  return {
    apply: (value) => r0 + limit((Math.log(value) - l0) / (l1 - l0)) * (r1 - r0),
    invert: (position) => Math.exp(l0 + limit((position - r0) / (r1 - r0)) * (l1 - l0)),
  };
}
