import { describe, expect, it } from 'vitest';
import {
  centreOn,
  detailAt,
  fitTransform,
  SCALE_EXTENT,
  stageTransform,
} from '../../src/lib/layout/fit.ts';

describe('fitTransform', () => {
  it.each([
    { content: { width: 1000, height: 500 }, viewport: { width: 516, height: 400 }, k: 0.5 },
    { content: { width: 500, height: 1000 }, viewport: { width: 400, height: 516 }, k: 0.5 },
    {
      content: { width: 100, height: 100 },
      viewport: { width: 2000, height: 2000 },
      k: SCALE_EXTENT[1],
    },
    {
      content: { width: 100000, height: 100 },
      viewport: { width: 300, height: 300 },
      k: SCALE_EXTENT[0],
    },
  ])(
    'scales $content.width×$content.height into $viewport.width×$viewport.height',
    ({ content, viewport, k }) => {
      const t = fitTransform(content, viewport);
      expect(t.k).toBeCloseTo(k);
      // Centred: equal space on both sides.
      expect(t.x * 2 + content.width * t.k).toBeCloseTo(viewport.width);
      expect(t.y * 2 + content.height * t.k).toBeCloseTo(viewport.height);
    },
  );
});

describe('centreOn', () => {
  it('puts the point in the middle of the viewport', () => {
    const t = centreOn({ x: 300, y: 100 }, { width: 800, height: 600 }, 2);
    expect(300 * t.k + t.x).toBe(400);
    expect(100 * t.k + t.y).toBe(300);
  });
});

describe('detailAt', () => {
  it.each([
    [0.3, 'overview'],
    [0.6, 'overview'],
    [0.7, 'labels'],
    [1, 'labels'],
    [1.5, 'numbers'],
  ])('at scale %d shows %s', (k, detail) => expect(detailAt(k)).toBe(detail));
});

describe('stageTransform', () => {
  const content = { width: 1200, height: 400 };
  const viewport = { width: 1900, height: 900 };
  const onScreen = (t: { x: number; y: number; k: number }, x: number, y: number) => {
    const sx = x * t.k + t.x;
    const sy = y * t.k + t.y;
    return sx >= 0 && sx <= viewport.width && sy >= 0 && sy <= viewport.height;
  };

  it('shows the whole drawing when there is no frame', () => {
    expect(stageTransform(null, content, viewport)).toEqual(fitTransform(content, viewport));
  });

  it.each([
    { x0: 0, y0: 0, x1: 300, y1: 400 },
    { x0: 500, y0: 100, x1: 800, y1: 250 },
    { x0: 900, y0: 200, x1: 1200, y1: 400 },
    { x0: 0, y0: 0, x1: 1200, y1: 400 },
  ])('fits the frame $x0,$y0 → $x1,$y1 on screen, closer than the whole', (frame) => {
    const t = stageTransform(frame, content, viewport);
    expect(t.k).toBeGreaterThanOrEqual(fitTransform(content, viewport).k - 1e-9);
    for (const [x, y] of [
      [frame.x0, frame.y0],
      [frame.x1, frame.y1],
    ] as const)
      expect(onScreen(t, x, y)).toBe(true);
    // The drawing covers the view wherever it is larger than the view: no empty margin.
    if (content.width * t.k > viewport.width) {
      expect(t.x).toBeLessThanOrEqual(0);
      expect(t.x + content.width * t.k).toBeGreaterThanOrEqual(viewport.width);
    }
  });
});
