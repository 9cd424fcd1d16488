/** Zoom arithmetic for the diagram, free of d3 and the DOM so it is tested directly. */

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export const SCALE_EXTENT: [number, number] = [0.2, 4];

/** The transform that shows the whole drawing centred in the viewport. */
export function fitTransform(
  content: { width: number; height: number },
  viewport: { width: number; height: number },
  padding = 8,
): Transform {
  const k = clampScale(
    Math.min(
      (viewport.width - 2 * padding) / content.width,
      (viewport.height - 2 * padding) / content.height,
    ),
  );
  return {
    k,
    x: (viewport.width - content.width * k) / 2,
    y: (viewport.height - content.height * k) / 2,
  };
}

/** The transform that centres a point at the current (or given) scale. */
export function centreOn(
  point: { x: number; y: number },
  viewport: { width: number; height: number },
  k: number,
): Transform {
  return { k, x: viewport.width / 2 - point.x * k, y: viewport.height / 2 - point.y * k };
}

export function clampScale(k: number): number {
  return Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], k));
}

/**
 * How much detail to draw at a scale, measured as the on-screen height of a node box
 * (44 layout units): big steps only when labels would be tiny, every label when they
 * read comfortably, and key numbers in place when there is room for a second line.
 */
export type Detail = 'overview' | 'labels' | 'numbers';
export function detailAt(k: number): Detail {
  const boxPx = 44 * k;
  if (boxPx < 30) return 'overview';
  if (boxPx < 60) return 'labels';
  return 'numbers';
}

/** A presenter step's zoom target: the focused point, centred and closer than the fitted view. */
export function focusTransform(
  point: { x: number; y: number },
  content: { width: number; height: number },
  viewport: { width: number; height: number },
): Transform {
  const k = clampScale(fitTransform(content, viewport).k * 1.6);
  return centreOn(point, viewport, k);
}
