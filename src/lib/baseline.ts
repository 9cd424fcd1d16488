/**
 * What the explorer needs from the browser and what it cannot do without: the supported
 * baseline (Chrome and Edge 98, Firefox 98, Safari 15.4, all from 2022; see the README).
 * Below it the explorer does not start half-way (a blank page, a table that silently drops,
 * a dialog that throws): index.html's own message says so instead.
 */
// Only these known names are read, never one that comes from input.
interface Scope {
  ResizeObserver?: unknown;
  structuredClone?: unknown;
  Array?: { prototype: { at?: unknown } };
  HTMLDialogElement?: { prototype: { showModal?: unknown } };
}

const BASELINE: { feature: string; present: (scope: Scope) => boolean }[] = [
  // Svelte's size bindings (the diagram, timeline and chart widths) and the embed's height.
  { feature: 'ResizeObserver', present: (s) => typeof s.ResizeObserver === 'function' },
  // Svelte's $state.snapshot, which the URL and the embed link are built from.
  { feature: 'structuredClone', present: (s) => typeof s.structuredClone === 'function' },
  // The evidence table's and the citations' last-item reads.
  { feature: 'Array.prototype.at', present: (s) => typeof s.Array?.prototype.at === 'function' },
  // Every dialog (About, Embed).
  {
    feature: 'HTMLDialogElement.showModal',
    present: (s) => typeof s.HTMLDialogElement?.prototype.showModal === 'function',
  },
];

/** The names of the features the browser lacks, in the order above; empty when it has all. */
export function missingFeatures(scope: Scope): string[] {
  return BASELINE.filter(({ present }) => !present(scope)).map(({ feature }) => feature);
}
