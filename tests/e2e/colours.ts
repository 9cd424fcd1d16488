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

/**
 * The two colours covering most of the box around the locator's text, as drawn on screen.
 * Computed styles cannot show what forced colours paint behind text (its "backplate"), so
 * this reads the pixels: for readable text, the two are its letters and their background.
 */
export async function dominantColours(locator: Locator): Promise<[Rgb, Rgb]> {
  const page = locator.page();
  const box = await locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x, y, width, height };
  });
  const png = (await page.screenshot({ clip: box })).toString('base64');
  const counts = await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const tally = new Map<string, number>();
    for (let i = 0; i < pixels.length; i += 4) {
      const key = `${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    return [...tally].sort((a, b) => b[1] - a[1]).map(([key]) => key);
  }, png);
  const [first, second] = counts.map((key) => key.split(',').map(Number) as Rgb);
  return [first!, second ?? first!];
}

/**
 * How a colour looks with a complete protan or deutan deficiency (Machado, Oliveira and
 * Fernandes 2009, severity 1.0; the model Chromium's own vision-deficiency emulation uses),
 * applied in linear RGB.
 */
export function simulateDeficiency(rgb: Rgb, kind: 'protanopia' | 'deuteranopia'): Rgb {
  const matrix =
    kind === 'protanopia'
      ? [
          0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116,
          1.051998,
        ]
      : [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881];
  const linear = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return [0, 1, 2].map((row) => {
    const v = Math.min(
      1,
      Math.max(
        0,
        matrix[row * 3]! * linear[0]! +
          matrix[row * 3 + 1]! * linear[1]! +
          matrix[row * 3 + 2]! * linear[2]!,
      ),
    );
    return Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055));
  }) as Rgb;
}

/** CIE76 colour difference in CIELAB: about 2.3 is just noticeable, 20 plainly different. */
export function deltaE(a: Rgb, b: Rgb): number {
  const lab = (rgb: Rgb) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as Rgb;
    const xyz = [
      (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047,
      0.2126 * r + 0.7152 * g + 0.0722 * bl,
      (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883,
    ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116));
    return [116 * xyz[1]! - 16, 500 * (xyz[0]! - xyz[1]!), 200 * (xyz[1]! - xyz[2]!)];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}
