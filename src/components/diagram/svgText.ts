/** The line spacing of the diagram's SVG text, as the layout (cascade.ts) sizes it. */
export const lineHeight = (size: number) => Math.round(size * 1.2);

/** A <tspan>'s shift from the line before it: the first sits on the box's top. */
export const lineDy = (i: number) => (i === 0 ? '0.95em' : '1.2em');
