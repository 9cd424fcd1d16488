/**
 * The diagram's type sizes per theme and screen, in CSS px. The drawing never scales its
 * type with the zoom; these sizes hold at every zoom level.
 * - Projector: 1.2 × the theme's body size (max(20px, 1.25vw)), so 28.8 px at 1920 px wide,
 *   legible from the back of a hall; every text in the diagram is that size.
 * - Phones (under 640 px), in every theme: 14 px, the smallest size the project allows and
 *   the largest at which three steps fit side by side on a 320 px screen.
 * - From 1280 to 1439 px, where the details sit beside the diagram (diagram-layout.css): 14 px,
 *   at which the left-to-right overview fits the narrower column.
 * - Otherwise 15 px names and 14 px smaller texts.
 */
import type { TypeScale } from './cascade.ts';

export function diagramType(theme: string | null, viewportWidth: number): TypeScale {
  if (viewportWidth < 640) return { font: 14, small: 14 };
  if (theme === 'projector') {
    const body = Math.max(20, viewportWidth * 0.0125);
    const font = Math.round(body * 1.2 * 10) / 10;
    return { font, small: font };
  }
  if (viewportWidth >= DETAILS_BESIDE_FROM && viewportWidth < 1440) return { font: 14, small: 14 };
  return { font: 15, small: 14 };
}

/**
 * From this width the selection's details sit beside the diagram, sticky; narrower, they are a
 * sheet along the bottom of the screen. Below it the left-to-right overview does not fit
 * beside a panel at 14 px type. The projector theme's large type never leaves room for one.
 */
const DETAILS_BESIDE_FROM = 1280;

export const detailsBeside = (theme: string | null, viewportWidth: number) =>
  viewportWidth >= DETAILS_BESIDE_FROM && theme !== 'projector';
