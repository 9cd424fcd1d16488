/**
 * The views below the first screen are drawn when a reader could reach them, not while the
 * page is still opening: on a mid-range phone drawing them all at once held the page busy for
 * a second (Lighthouse's total blocking time; decision 0009). A part is drawn when it comes
 * within a screen's height of the window, or everything is drawn at the reader's first key,
 * tap, click, wheel or scroll (so Tab and find-in-page reach it), or when the page is printed.
 */
import { flushSync } from 'svelte';

const FIRST_USE = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'scroll'] as const;

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
 * Sets `near` once `element` comes within a screen's height of the window (Svelte attachment).
 * Without IntersectionObserver, at once.
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
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  };
}
