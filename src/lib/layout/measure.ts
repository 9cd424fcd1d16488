/**
 * Text width without a DOM, for layouts that must be computed (and tested) in Node. The
 * widths are per character class in em, taken a little wide of DejaVu Sans, the widest
 * common sans-serif a visitor's system-ui falls back to; narrower fonts only leave more room.
 * The browser tests measure the real text against the boxes these estimates build.
 */

const NARROW = new Set("iljtfrI.,:;'!|()[] ·");
const WIDE = new Set('mwMW@%');

// A string's width in em, by its text alone (size and weight only scale it): the layout asks
// for the same names and their growing line candidates many times while it fits a drawing.
const emWidths = new Map<string, number>();

function emWidth(text: string): number {
  let em = emWidths.get(text);
  if (em !== undefined) return em;
  em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.46;
    else if (WIDE.has(ch)) em += 0.98;
    else if (ch >= 'A' && ch <= 'Z') em += 0.78;
    else if (ch >= '0' && ch <= '9') em += 0.72;
    else if (ch >= 'a' && ch <= 'z') em += 0.68;
    else em += 0.84;
  }
  emWidths.set(text, em);
  return em;
}

/** Width in px of `text` set at `size` px, bold or regular. */
export function textWidth(text: string, size: number, bold = true): number {
  return emWidth(text) * size * (bold ? 1 : 0.93);
}

/** Breaks `text` at spaces into lines no wider than `width`; a longer word keeps a line to itself. */
export function wrapToWidth(text: string, width: number, size: number, bold = true): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The widest line of `lines`, in px. */
export function widest(lines: string[], size: number, bold = true): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
}

/**
 * The narrowest width at which `text` wraps into at most `maxLines` lines, in px. The number
 * of lines only falls as the width grows, so a binary search over the width finds it.
 */
export function narrowestWrap(text: string, maxLines: number, size: number, bold = true): number {
  const words = text.split(/\s+/).filter(Boolean);
  let lo = widest(words, size, bold);
  let hi = textWidth(text, size, bold);
  if (wrapToWidth(text, lo, size, bold).length <= maxLines) return lo;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (wrapToWidth(text, mid, size, bold).length <= maxLines) hi = mid;
    else lo = mid;
  }
  return widest(wrapToWidth(text, hi, size, bold), size, bold);
}
