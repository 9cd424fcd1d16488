/**
 * The few parts of Observable Plot the timeline uses. Loaded with a dynamic import, so
 * only these (not all of Plot) are fetched, and only after the first view.
 */
export { barX, gridX, plot, ruleY, text } from '@observablehq/plot';
