/** Points along an SVG path made of M, L and C commands (absolute), evenly in each segment. Pure. */
export type Point = [number, number];

export function pathPoints(path: string, steps = 16): Point[] {
  const tokens = path.match(/[MLC]|-?[\d.]+(?:e-?\d+)?/g) ?? [];
  const points: Point[] = [];
  let at: Point = [0, 0];
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const command = tokens[i++];
    if (command === 'M') {
      at = [num(), num()];
      points.push(at);
    } else if (command === 'L') {
      const next: Point = [num(), num()];
      for (let s = 1; s <= steps; s++) {
        const t = s / steps;
        points.push([at[0] + (next[0] - at[0]) * t, at[1] + (next[1] - at[1]) * t]);
      }
      at = next;
    } else if (command === 'C') {
      const c1: Point = [num(), num()];
      const c2: Point = [num(), num()];
      const end: Point = [num(), num()];
      for (let s = 1; s <= steps; s++) {
        const t = s / steps;
        const u = 1 - t;
        const b = (a: number, p: number, q: number, z: number) =>
          u * u * u * a + 3 * u * u * t * p + 3 * u * t * t * q + t * t * t * z;
        points.push([b(at[0], c1[0], c2[0], end[0]), b(at[1], c1[1], c2[1], end[1])]);
      }
      at = end;
    }
  }
  return points;
}

/** A function giving the point at a fraction (0–1) of a polyline's length. */
export function alongPolyline(points: Point[]): (fraction: number) => Point {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1]!;
    const [bx, by] = points[i]!;
    lengths.push(lengths[i - 1]! + Math.hypot(bx - ax, by - ay));
  }
  return (fraction) => {
    const target = lengths[lengths.length - 1]! * fraction;
    for (let i = 1; i < points.length; i++) {
      if (lengths[i]! >= target) {
        const span = lengths[i]! - lengths[i - 1]! || 1;
        const t = (target - lengths[i - 1]!) / span;
        const [ax, ay] = points[i - 1]!;
        const [bx, by] = points[i]!;
        return [ax + (bx - ax) * t, ay + (by - ay) * t];
      }
    }
    return points[points.length - 1] ?? [0, 0];
  };
}
