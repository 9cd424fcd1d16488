/**
 * The one selection every view reads. Highlights are derived from it, never stored.
 * Later work mirrors it in the URL; for now it holds the compound and the focus.
 */
import { routeOf } from '../model/graph.ts';
import type { Dataset } from '../model/schema.ts';

export type Focus = { kind: 'node' | 'edge' | 'event' | 'finding'; id: string } | null;

export class Selection {
  compound = $state<string | null>(null);
  focus = $state<Focus>(null);

  /** Nodes and edges on the chosen compound's route; null when no compound is chosen. */
  readonly route: ReturnType<typeof routeOf> | null;

  constructor(data: Dataset) {
    this.route = $derived(this.compound ? routeOf(data, this.compound) : null);
  }

  select(focus: Focus): void {
    this.focus = focus;
  }

  clear(): void {
    this.focus = null;
  }
}
