/**
 * In embed mode, tells the host page the content's height, so the host can size the iframe.
 * Never throws: a sandboxed frame may refuse some calls.
 *
 * - Nothing is posted until the views the frame shows have loaded (`ready`) and the height
 *   has held still for a moment, so the first height is the final one for the opening state.
 * - A change is posted once it has held still too, so a height that lasts a frame or two
 *   while something is selected never reaches the host.
 * - A shrink of a few pixels is not posted: the host keeps the slightly taller frame. With
 *   the root's scrollbar gutter reserved (app.css), the height no longer depends on whether
 *   the frame shows a scrollbar; this is the second guard against a resize loop.
 * - Nothing is posted in full screen, where the frame is filled whatever its height.
 */
import { heightMessages } from './embed.ts';

/** How long (ms) a height must hold before it is posted. */
const SETTLE_MS = 80;
/** Shrinks smaller than this (px) are not posted. */
export const SHRINK_TOLERANCE = 24;

/** Whether a newly measured height should be posted, given the last one posted. Pure. */
export function shouldPost(last: number | null, height: number): boolean {
  if (last === null) return true;
  return height > last || last - height >= SHRINK_TOLERANCE;
}

export function postHeightToParent(target: HTMLElement, ready: Promise<unknown>): () => void {
  if (typeof window === 'undefined' || window.parent === window) return () => {};
  let last: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const post = () => {
    if (stopped || document.fullscreenElement) return;
    const height = Math.max(target.scrollHeight, Math.ceil(target.getBoundingClientRect().height));
    if (height <= 0 || !shouldPost(last, height)) return;
    last = height;
    for (const message of heightMessages(height)) {
      try {
        // The message carries only a number, so any host may read it.
        window.parent.postMessage(message, '*');
      } catch {
        /* a host that blocks messages simply does not resize */
      }
    }
  };
  const settle = () => {
    clearTimeout(timer);
    timer = setTimeout(post, SETTLE_MS);
  };

  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(settle) : null;
  // Leaving full screen posts the height again; the host may have kept the frame as it was.
  const onFullscreen = () => {
    if (!document.fullscreenElement) {
      last = null;
      settle();
    }
  };
  void ready.then(
    () => {
      if (stopped) return;
      observer?.observe(target);
      settle();
      document.addEventListener('fullscreenchange', onFullscreen);
    },
    () => {},
  );
  return () => {
    stopped = true;
    clearTimeout(timer);
    observer?.disconnect();
    document.removeEventListener('fullscreenchange', onFullscreen);
  };
}
