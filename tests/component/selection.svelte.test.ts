/**
 * The selection's methods: each way a reader changes it, and what it derives. Runs where
 * runes compile (this project), but touches no DOM.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { ExplorerSelection } from '../../src/lib/state/selection.svelte.ts';
import { DEFAULT_STATE } from '../../src/lib/state/url.ts';
import { minimalData } from '../fixtures/minimal.ts';

const data = validateDataset(minimalData()).dataset!;
const glutamate = { kind: 'node', id: 'glutamate' } as const;

describe('ExplorerSelection', () => {
  it('does not shadow the DOM Selection', () => {
    expect(ExplorerSelection.name).not.toBe('Selection');
  });

  it('toggles a focus: a second press on the same item clears it', () => {
    const selection = new ExplorerSelection(data);
    selection.toggle(glutamate);
    expect(selection.isFocused('node', 'glutamate')).toBe(true);
    expect(selection.isFocused('edge', 'glutamate')).toBe(false);
    selection.toggle({ kind: 'node', id: '5ht2a' });
    expect(selection.focus).toEqual({ kind: 'node', id: '5ht2a' });
    selection.toggle({ kind: 'node', id: '5ht2a' });
    expect(selection.focus).toBeNull();
    expect(selection.changedByReader).toBe(true);
  });

  it('shows a hover preview without changing the focus, and derives highlights from it', () => {
    const selection = new ExplorerSelection(data);
    selection.select({ kind: 'edge', id: 'psilocybin-5ht2a' });
    const focused = selection.highlights;
    selection.preview(glutamate);
    expect(selection.previewed).toEqual(glutamate);
    expect(selection.focus).toEqual({ kind: 'edge', id: 'psilocybin-5ht2a' });
    expect(selection.highlights?.nodes.has('glutamate')).toBe(true);
    // The table follows the focus, not the hover.
    expect(selection.focusHighlights).toEqual(focused);
    selection.preview(null);
    expect(selection.highlights).toEqual(focused);
  });

  it('clears the focus and the preview together', () => {
    const selection = new ExplorerSelection(data);
    selection.select(glutamate);
    selection.preview({ kind: 'node', id: '5ht2a' });
    selection.clear();
    expect([selection.focus, selection.previewed, selection.highlights]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('chooses and toggles a compound, deriving its route', () => {
    const selection = new ExplorerSelection(data);
    expect(selection.route).toBeNull();
    selection.chooseCompound('psilocybin');
    expect(selection.route?.edges.has('psilocybin-5ht2a')).toBe(true);
    selection.toggleCompound('psilocybin');
    expect(selection.compound).toBeNull();
    selection.toggleCompound('psilocybin');
    expect(selection.compound).toBe('psilocybin');
  });

  it('sets the time, the lens and the theme, and stops marking changes', () => {
    const selection = new ExplorerSelection(data);
    selection.apply({ ...DEFAULT_STATE, since: '2026-01-01' });
    selection.setTime(6);
    selection.setEvidence('human');
    selection.setTheme('projector');
    selection.clearSince();
    expect(selection.snapshot()).toMatchObject({
      t: 6,
      evidence: 'human',
      theme: 'projector',
      since: null,
    });
    expect(selection.lens).not.toBeNull();
  });

  it('enters a tour step with its selection, and leaves it', () => {
    const selection = new ExplorerSelection(data);
    selection.goToStep(1);
    expect(selection.step).toBe(1);
    expect(selection.compound).toBe(data.tour[0]!.compound ?? null);
    selection.goToStep(null);
    expect(selection.step).toBeNull();
    // A step that does not exist leaves the tour rather than pointing past its end.
    selection.goToStep(data.tour.length + 1);
    expect(selection.step).toBeNull();
  });

  it('follows a "show me" link, leaving the tour', () => {
    const selection = new ExplorerSelection(data);
    selection.goToStep(1);
    selection.show({ compound: 'psilocybin', focus: 'node:glutamate', t: 1 });
    expect(selection.snapshot()).toMatchObject({
      step: null,
      compound: 'psilocybin',
      focus: glutamate,
      t: 1,
    });
  });

  it('applies an address without counting it as the reader’s change, unless it is Back', () => {
    const selection = new ExplorerSelection(data);
    const state = { ...DEFAULT_STATE, focus: glutamate, views: ['table' as const] };
    selection.apply(state);
    expect(selection.changedByReader).toBe(false);
    expect(selection.shows('table')).toBe(true);
    expect(selection.shows('diagram')).toBe(false);
    expect(selection.snapshot()).toEqual(state);
    selection.apply(DEFAULT_STATE, { byReader: true });
    expect(selection.changedByReader).toBe(true);
  });

  it('gives out copies: changing a snapshot changes nothing', () => {
    const selection = new ExplorerSelection(data);
    const shot = selection.snapshot();
    shot.views.pop();
    expect(selection.views).toEqual(DEFAULT_STATE.views);
  });
});
