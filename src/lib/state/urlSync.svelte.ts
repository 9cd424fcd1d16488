/**
 * Mirrors the selection in the address bar. Discrete changes (compound, focus, views,
 * theme, step) push a history entry so Back undoes them; moving the time cursor only
 * replaces the current entry, so scrubbing does not flood the history.
 */
import type { CoreDataset } from '../model/split.ts';
import type { Selection } from './selection.svelte.ts';
import { encodeUrlState, parseUrlState, type UrlState } from './url.ts';

export function syncSelectionWithUrl(
  selection: Selection,
  data: CoreDataset,
  onNotices: (notices: string[]) => void,
): () => void {
  const read = () => {
    const { state, notices } = parseUrlState(location.search, data, data.tour.length);
    selection.apply(state);
    return notices;
  };
  onNotices(read());

  let last = selection.snapshot();
  const withoutTime = (state: UrlState) => encodeUrlState({ ...state, t: null });
  // A malformed address is tidied without adding a history entry.
  const tidy = encodeUrlState(last);
  if (tidy !== location.search)
    history.replaceState(null, '', `${location.pathname}${tidy}${location.hash}`);

  const onPopState = () => {
    selection.changedByReader = true;
    onNotices(read());
    last = selection.snapshot();
  };
  addEventListener('popstate', onPopState);

  const stop = $effect.root(() => {
    $effect(() => {
      const state = selection.snapshot();
      const next = encodeUrlState(state);
      if (next === encodeUrlState(last)) return;
      const url = `${location.pathname}${next}${location.hash}`;
      if (withoutTime(state) === withoutTime(last)) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      last = state;
    });
  });

  return () => {
    stop();
    removeEventListener('popstate', onPopState);
  };
}
