/**
 * d3-interpolate's `interpolateZoom` (van Wijk and Nuij's smooth zoom and pan, ρ = √2), the
 * one function d3-zoom takes from that module. The module's built file also computes its
 * colour interpolators when it loads, which keeps them and d3-color in the bundle whatever
 * is imported; the site build gives d3-zoom this copy instead (vite.config.ts), and
 * tests/unit/zoomTransition.test.ts holds it to d3's own results.
 * From d3-interpolate 3 (ISC licence, Copyright 2010-2021 Mike Bostock).
 */
type View = [x: number, y: number, width: number];

const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;
const EPSILON2 = 1e-12;

const cosh = (x: number) => ((x = Math.exp(x)) + 1 / x) / 2;
const sinh = (x: number) => ((x = Math.exp(x)) - 1 / x) / 2;
const tanh = (x: number) => ((x = Math.exp(2 * x)) - 1) / (x + 1);

export function interpolateZoom(
  [ux0, uy0, w0]: View,
  [ux1, uy1, w1]: View,
): ((t: number) => View) & { duration: number } {
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let S: number;
  let i: (t: number) => View;
  if (d2 < EPSILON2) {
    // The centres (nearly) coincide: a pure zoom.
    S = Math.log(w1 / w0) / RHO;
    i = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    i = (t) => {
      const s = t * S;
      const coshr0 = cosh(r0);
      const u = (w0 / (RHO2 * d1)) * (coshr0 * tanh(RHO * s + r0) - sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(RHO * s + r0)];
    };
  }
  return Object.assign(i, { duration: (Math.abs(S) * 1000 * RHO) / Math.SQRT2 });
}
