/**
 * When the selection is written to the address bar: a discrete change (a step, a compound)
 * pushes one history entry so Back undoes it; moving the time cursor replaces the entry;
 * either is written once the selection has rested, not in the frame that shows it.
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { ExplorerSelection } from '../../src/lib/state/selection.svelte.ts';
import { syncSelectionWithUrl, URL_WRITE_DELAY } from '../../src/lib/state/urlSync.svelte.ts';
import { minimalData } from '../fixtures/minimal.ts';

const data = validateDataset(minimalData()).dataset!;

function setup(search = '') {
  history.replaceState(null, '', `/explorer/${search}`);
  const selection = new ExplorerSelection(data);
  const notices: string[][] = [];
  const stop = syncSelectionWithUrl(selection, data, (found) => notices.push(found));
  const push = vi.spyOn(history, 'pushState');
  const replace = vi.spyOn(history, 'replaceState');
  return { selection, notices, stop, push, replace };
}

describe('syncSelectionWithUrl', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('reads the address, and tidies a malformed one with a notice', () => {
    const { selection, notices, stop } = setup('?focus=node:glutamate&compound=lsdx');
    expect(selection.focus).toEqual({ kind: 'node', id: 'glutamate' });
    expect(notices[0]).toEqual(['Ignored compound="lsdx": unknown compound.']);
    expect(location.search).toBe('?focus=node:glutamate');
    stop();
  });

  it('pushes one entry for a choice, once the selection has rested', () => {
    const { selection, stop, push } = setup();
    selection.select({ kind: 'node', id: '5ht2a' });
    flushSync();
    selection.select({ kind: 'node', id: 'glutamate' });
    flushSync();
    expect(push).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_WRITE_DELAY);
    expect(push).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?focus=node:glutamate');
    stop();
  });

  it('replaces the entry while the time cursor moves, never pushing', () => {
    const { selection, stop, push, replace } = setup();
    for (const t of [1, 2, 6, 24]) {
      selection.setTime(t);
      flushSync();
      vi.advanceTimersByTime(URL_WRITE_DELAY / 5);
    }
    expect(replace).not.toHaveBeenCalled();
    vi.advanceTimersByTime(URL_WRITE_DELAY);
    expect(push).not.toHaveBeenCalled();
    expect(replace).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?t=1d');
    stop();
  });

  it('a choice made while a time waits is pushed with it', () => {
    const { selection, stop, push } = setup();
    selection.setTime(6);
    flushSync();
    selection.chooseCompound('psilocybin');
    flushSync();
    vi.advanceTimersByTime(URL_WRITE_DELAY);
    expect(push).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?compound=psilocybin&t=6h');
    stop();
  });

  it('Back reads the address again and drops a write still waiting', () => {
    const { selection, stop, push, replace } = setup();
    selection.setTime(6);
    flushSync();
    history.replaceState(null, '', '/explorer/?focus=node:5ht2a');
    replace.mockClear();
    dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    vi.advanceTimersByTime(URL_WRITE_DELAY * 2);
    expect(selection.focus).toEqual({ kind: 'node', id: '5ht2a' });
    expect(selection.t).toBeNull();
    expect(push).not.toHaveBeenCalled();
    expect(replace).not.toHaveBeenCalled();
    stop();
  });

  it('leaving the page writes what is waiting', () => {
    const { selection, stop } = setup();
    selection.select({ kind: 'node', id: '5ht2a' });
    flushSync();
    dispatchEvent(new Event('pagehide'));
    expect(location.search).toBe('?focus=node:5ht2a');
    stop();
  });
});
