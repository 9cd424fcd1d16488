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

function clampScale(k: number): number {
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

/** A rectangle in the drawing's coordinates. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * A presenter stage's view: the whole drawing when the step names nothing to frame;
 * otherwise the frame fitted to the viewport and centred, without panning past the drawing's
 * edges, so the rest of the cascade fills whatever room the frame leaves.
 */
export function stageTransform(
  frame: Box | null,
  content: { width: number; height: number },
  viewport: { width: number; height: number },
  padding = 24,
): Transform {
  const whole = fitTransform(content, viewport);
  if (!frame) return whole;
  // Never further out than the whole drawing.
  const k = clampScale(
    Math.max(
      whole.k,
      Math.min(
        (viewport.width - 2 * padding) / (frame.x1 - frame.x0),
        (viewport.height - 2 * padding) / (frame.y1 - frame.y0),
      ),
    ),
  );
  const centred = centreOn(
    { x: (frame.x0 + frame.x1) / 2, y: (frame.y0 + frame.y1) / 2 },
    viewport,
    k,
  );
  return {
    k,
    x: keepInside(centred.x, content.width * k, viewport.width),
    y: keepInside(centred.y, content.height * k, viewport.height),
  };
}

/** An offset that centres a drawing smaller than the view, or keeps a larger one covering it. */
function keepInside(offset: number, size: number, view: number): number {
  if (size <= view) return (view - size) / 2;
  return Math.min(0, Math.max(view - size, offset));
}
