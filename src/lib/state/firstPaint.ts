/**
 * Resolves once the page has shown its first content (the browser's first-contentful-paint
 * entry), so what is loaded after it never competes with it. A requestAnimationFrame callback
 * runs before its frame is shown: the parts it started were fetched, on a slow phone, before
 * the first words appeared. A hidden page (a background tab) does not paint, so it goes on
 * after half a second; a browser without paint timing, after the next frame.
 */
let painted: Promise<void> | undefined;

/** One promise for the page, however many parts wait on it. */
export function firstPaint(): Promise<void> {
  return (painted ??= new Promise((resolve) => {
    const next = () => setTimeout(resolve);
    const paintTiming =
      typeof PerformanceObserver !== 'undefined' &&
      !!PerformanceObserver.supportedEntryTypes?.includes('paint');
    // No paint comes while hidden, nor an entry without paint timing; never wait for ever.
    setTimeout(resolve, paintTiming && document.visibilityState !== 'hidden' ? 3000 : 500);
    if (!paintTiming) return void requestAnimationFrame(next);
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      next();
    });
    observer.observe({ type: 'paint', buffered: true });
  }));
}
