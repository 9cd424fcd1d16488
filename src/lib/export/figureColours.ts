/** The current theme's background and ink, so an exported figure matches what was seen. */
import { m } from '../../paraglide/messages.js';
export function themeColours(): { background: string; ink: string } {
  const style = getComputedStyle(document.documentElement);
  return {
    background: style.getPropertyValue('--surface').trim() || '#ffffff',
    ink: style.getPropertyValue('--ink').trim() || '#000000',
  };
}

/** The line under an exported figure, in the page's language. */
export const sourceLine = () => m.figure_source();
