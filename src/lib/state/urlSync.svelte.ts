/**
 * Mirrors the selection in the address bar. Discrete changes (compound, focus, views,
 * theme, step) push a history entry so Back undoes them; moving the time cursor only
 * replaces the current entry, so scrubbing does not flood the history.
 *
 * The address is written once the selection has rested for `URL_WRITE_DELAY` ms, not in
 * the frame that shows the change: an address change costs Chromium several ms (it also
 * redraws the page icon), which a click or a scrub step cannot afford. Changes made within
 * the delay become one history entry; leaving the page writes what is pending.
 */
import type { CoreDataset } from '../model/split.ts';
import type { ExplorerSelection } from './selection.svelte.ts';
import { encodeUrlState, parseUrlState, type UrlState } from './url.ts';

export const URL_WRITE_DELAY = 250;

export function syncSelectionWithUrl(
  selection: ExplorerSelection,
  data: CoreDataset,
  onNotices: (notices: string[]) => void,
): () => void {
  const read = (options?: { byReader: boolean }) => {
    const { state, notices } = parseUrlState(location.search, data, data.tour.length);
    selection.apply(state, options);
    return notices;
  };
  onNotices(read());

  let last = selection.snapshot();
  const withoutTime = (state: UrlState) => encodeUrlState({ ...state, t: null });
  // A malformed address is tidied without adding a history entry.
  const tidy = encodeUrlState(last);
  if (tidy !== location.search)
    history.replaceState(null, '', `${location.pathname}${tidy}${location.hash}`);

  const urlOf = (state: UrlState) => `${location.pathname}${encodeUrlState(state)}${location.hash}`;
  // The last state written to the address bar, and a newer one waiting to be written.
  let written = last;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (encodeUrlState(last) === encodeUrlState(written)) return;
    if (withoutTime(last) === withoutTime(written)) history.replaceState(null, '', urlOf(last));
    else history.pushState(null, '', urlOf(last));
    written = last;
  };

  const onPopState = () => {
    clearTimeout(timer);
    onNotices(read({ byReader: true }));
    last = written = selection.snapshot();
  };
  addEventListener('popstate', onPopState);
  addEventListener('pagehide', flush);

  const stop = $effect.root(() => {
    $effect(() => {
      const state = selection.snapshot();
      if (encodeUrlState(state) === encodeUrlState(last)) return;
      last = state;
      clearTimeout(timer);
      timer = setTimeout(flush, URL_WRITE_DELAY);
    });
  });

  return () => {
    flush();
    stop();
    removeEventListener('popstate', onPopState);
    removeEventListener('pagehide', flush);
  };
}
