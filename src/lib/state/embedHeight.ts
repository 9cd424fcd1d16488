/**
 * In embed mode, tells the host page the content's height whenever it changes, so the host
 * can size the iframe. Never throws: a sandboxed frame may refuse some calls.
 */
import { heightMessage } from './embed.ts';

export function postHeightToParent(target: HTMLElement): () => void {
  if (typeof window === 'undefined' || window.parent === window) return () => {};
  let last = 0;
  const post = () => {
    const height = target.scrollHeight;
    if (height === last) return;
    last = height;
    try {
      // The message carries only a number, so any host may read it.
      window.parent.postMessage(heightMessage(height), '*');
    } catch {
      /* a host that blocks messages simply does not resize */
    }
  };
  post();
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(post) : null;
  observer?.observe(target);
  return () => observer?.disconnect();
}
