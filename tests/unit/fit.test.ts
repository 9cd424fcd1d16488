import { describe, expect, it } from 'vitest';
import {
  centreOn,
  detailAt,
  fitTransform,
  focusTransform,
  SCALE_EXTENT,
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

describe('focusTransform', () => {
  it('centres the point, closer than the fitted view', () => {
    const content = { width: 1000, height: 500 };
    const viewport = { width: 516, height: 400 };
    const t = focusTransform({ x: 700, y: 200 }, content, viewport);
    expect(t.k).toBeGreaterThan(fitTransform(content, viewport).k);
    expect(700 * t.k + t.x).toBeCloseTo(258);
    expect(200 * t.k + t.y).toBeCloseTo(200);
  });
});
