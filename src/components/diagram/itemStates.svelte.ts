/**
 * Each box's and arrow's state in the selection, one signal per item and per flag. A change of
 * selection recomputes the flags in one pass per flag and writes only those that changed, so
 * only the boxes and arrows whose state changed update their class and accessible name, not
 * every box on every click, hover or step of the time cursor.
 */
import type { ExplorerSelection } from '../../lib/state/selection.svelte.ts';

export class ItemState {
  selected = $state(false);
  dimmed = $state(false);
  highlighted = $state(false);
  /** Under way at the time cursor (steps). */
  active = $state(false);
  /** Not shown in humans, under the human-evidence lens (arrows). */
  absent = $state(false);
  /** Changed on or after the day ?since= names. */
  changed = $state(false);
}

type Flag = keyof ItemState;

export class ItemStates {
  // Filled once here and never changed: the states inside are what is reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly nodes = new Map<string, ItemState>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly edges = new Map<string, ItemState>();

  constructor(
    selection: ExplorerSelection,
    items: { steps: string[]; compounds: string[]; edges: string[] },
  ) {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fixed lookup
    const compounds = new Set(items.compounds);
    for (const id of [...items.steps, ...items.compounds]) this.nodes.set(id, new ItemState());
    for (const id of items.edges) this.edges.set(id, new ItemState());
    const s = selection;
    const isCompound = (id: string) => compounds.has(id);
    const rules: [Map<string, ItemState>, Flag, (id: string) => boolean][] = [
      [
        this.nodes,
        'selected',
        (id) =>
          isCompound(id) ? s.compound === id : s.focus?.kind === 'node' && s.focus.id === id,
      ],
      [
        this.nodes,
        'dimmed',
        (id) =>
          isCompound(id) ? !!s.compound && s.compound !== id : !!s.route && !s.route.nodes.has(id),
      ],
      [this.nodes, 'highlighted', (id) => s.highlights?.nodes.has(id) ?? false],
      [this.nodes, 'active', (id) => s.activeSteps?.has(id) ?? false],
      [
        this.nodes,
        'changed',
        (id) => s.changed?.latest.has(`${isCompound(id) ? 'compound' : 'node'}:${id}`) ?? false,
      ],
      [this.edges, 'selected', (id) => s.focus?.kind === 'edge' && s.focus.id === id],
      [this.edges, 'dimmed', (id) => !!s.route && !s.route.edges.has(id)],
      [this.edges, 'highlighted', (id) => s.highlights?.edges.has(id) ?? false],
      [this.edges, 'absent', (id) => s.lens?.absentEdges.has(id) ?? false],
      [this.edges, 'changed', (id) => s.changed?.edges.has(id) ?? false],
    ];
    const apply = (map: Map<string, ItemState>, flag: Flag, rule: (id: string) => boolean) => {
      // An equal value written to a $state notifies nobody: only changed items update.
      for (const [id, state] of map) state[flag] = rule(id);
    };
    // Now, so the first render (and a server render, where effects do not run) is right.
    for (const rule of rules) apply(...rule);
    // One effect per flag: a hover (highlights) does not recompute the route's dimming.
    for (const rule of rules) $effect.pre(() => apply(...rule));
  }

  node(id: string): ItemState {
    return this.nodes.get(id) ?? new ItemState();
  }
  edge(id: string): ItemState {
    return this.edges.get(id) ?? new ItemState();
  }
}
