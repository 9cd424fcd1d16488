/**
 * The views below the first screen are drawn when a reader could reach them, not while the
 * page is still opening: on a mid-range phone drawing them all at once held the page busy for
 * a second (Lighthouse's total blocking time; decision 0009). A part is drawn when it comes
 * into the window, or everything is drawn at the reader's first key, tap, click, wheel, scroll
 * or focus (so Tab, find-in-page and a screen reader's cursor reach it), or when the page is
 * printed.
 */
import { flushSync } from 'svelte';

// focusin and click: a screen reader's browse cursor moves focus and clicks without keys.
const FIRST_USE = [
  'keydown',
  'pointerdown',
  'wheel',
  'touchstart',
  'scroll',
  'focusin',
  'click',
] as const;

class Reveal {
  /** True once the reader has used the page, or it is being printed: every part is drawn. */
  everything = $state(false);
  /** True while the page is printed (or shown as printed): the references replace the table. */
  printing = $state(false);
  #listening = false;

  /** Called by each part that waits or prints; the first call starts listening. */
  listen() {
    if (this.#listening || typeof window === 'undefined') return;
    this.#listening = true;
    const options = { capture: true, passive: true } as const;
    const all = () => {
      for (const type of FIRST_USE) window.removeEventListener(type, all, options);
      // At once, so the key that woke the page moves focus into what it drew.
      flushSync(() => (this.everything = true));
    };
    for (const type of FIRST_USE) window.addEventListener(type, all, options);
    // Before the page is laid out for paper, so what it prints is in place.
    const print = () => flushSync(() => (this.everything = this.printing = true));
    const unprint = () => (this.printing = false);
    window.addEventListener('beforeprint', print);
    window.addEventListener('afterprint', unprint);
    // A print preview emulated by tools only switches the media query (or opens the page in it).
    const printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    printMedia?.addEventListener('change', (event) => (event.matches ? print() : unprint()));
    if (printMedia?.matches) this.everything = this.printing = true;
  }
}

export const reveal = new Reveal();

/**
 * Calls `onNear` once `element` comes into the window (Svelte attachment); without
 * IntersectionObserver, at once. Not a screen ahead: on a phone that drew the timeline, out of
 * sight below the diagram, while the page opened (any scroll draws everything anyway).
 */
export function whenNear(onNear: () => void) {
  return (element: Element) => {
    if (typeof IntersectionObserver === 'undefined') return void onNear();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          onNear();
        }
      },
      { rootMargin: '0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}

/**
 * Tells `onChange` whether `element` is on the screen or within one screen of it, at once and
 * on every change (Svelte attachment). Without IntersectionObserver it never calls: the caller
 * starts out near.
 */
export function trackNear(onChange: (near: boolean) => void) {
  return (element: Element) => {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => onChange(entries.at(-1)!.isIntersecting),
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}
