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

/**
 * A log scale in pieces: each knot pins a time to a share of the range, and between two
 * knots time is logarithmic. The timeline uses it to squeeze the first hour and give the
 * days-to-weeks range more room. Increasing knots make it increasing, so `invert` undoes
 * `apply` (the cursor drag depends on that); outside the knots it clamps or extends the end
 * pieces.
 */
export function piecewiseLogScale(
  knots: readonly { hours: number; share: number }[],
  [r0, r1]: readonly [number, number],
  { clamp = false } = {},
): LogScale {
  const pieces = knots.slice(1).map((k, i) => ({
    from: knots[i]!,
    to: k,
    scale: logScale([knots[i]!.hours, k.hours], [knots[i]!.share, k.share]),
  }));
  const first = knots[0]!;
  const last = knots.at(-1)!;
  const toRange = (share: number) => r0 + share * (r1 - r0);
  return {
    apply: (value) => {
      if (clamp) value = Math.min(last.hours, Math.max(first.hours, value));
      const piece = pieces.find((p) => value <= p.to.hours) ?? pieces.at(-1)!;
      return toRange(piece.scale.apply(value));
    },
    invert: (position) => {
      let share = (position - r0) / (r1 - r0);
      if (clamp) share = Math.min(last.share, Math.max(first.share, share));
      const piece = pieces.find((p) => share <= p.to.share) ?? pieces.at(-1)!;
      return piece.scale.invert(share);
    },
  };
}
