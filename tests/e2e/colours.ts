/** Reading drawn colours back from the page, to check that text stays readable. */
import type { Locator } from 'playwright-core';

export type Rgb = [number, number, number];

/** `rgb(1, 2, 3)` or `rgba(1, 2, 3, 0.5)` (alpha ignored); null for `none` and the like. */
export function parseRgb(value: string): Rgb | null {
  const match = /^rgba?\((\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)[,\s]+(\d+(?:\.\d+)?)/.exec(value);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const luminance = ([r, g, b]: Rgb) => {
    const [R, G, B] = [r, g, b].map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The computed value of one CSS property of every element the locator matches. */
export function computed(locator: Locator, property: string): Promise<string[]> {
  return locator.evaluateAll(
    (elements, name) => elements.map((e) => getComputedStyle(e).getPropertyValue(name)),
    property,
  );
}
