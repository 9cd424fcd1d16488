/**
 * Characters that have no place in the data's text: control characters (a line break in a
 * title starts a new RIS record), zero-width characters (invisible, so two labels that look
 * alike differ) and bidirectional controls (they reorder what a reader sees, the "Trojan
 * Source" trick). Pure; the schema uses it to name the character and where it is.
 */
// Pure, so the first view (which imports schema.ts for its word lists only) leaves it out.
const NAMES = /* @__PURE__ */ new Map(
  /* @__PURE__ */ Object.entries({
    '\t': 'TAB',
    '\n': 'LINE FEED',
    '\r': 'CARRIAGE RETURN',
    '\u0085': 'NEXT LINE',
    '\u200b': 'ZERO WIDTH SPACE',
    '\u200c': 'ZERO WIDTH NON-JOINER',
    '\u200d': 'ZERO WIDTH JOINER',
    '\u200e': 'LEFT-TO-RIGHT MARK',
    '\u200f': 'RIGHT-TO-LEFT MARK',
    '\u2028': 'LINE SEPARATOR',
    '\u2029': 'PARAGRAPH SEPARATOR',
    '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
    '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
    '\u202c': 'POP DIRECTIONAL FORMATTING',
    '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
    '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
    '\u2060': 'WORD JOINER',
    '\u2066': 'LEFT-TO-RIGHT ISOLATE',
    '\u2067': 'RIGHT-TO-LEFT ISOLATE',
    '\u2068': 'FIRST STRONG ISOLATE',
    '\u2069': 'POP DIRECTIONAL ISOLATE',
    '\ufeff': 'ZERO WIDTH NO-BREAK SPACE',
  }),
);

// C0 and C1 controls, DEL, and the invisible and bidirectional characters named above.
/* eslint-disable no-control-regex -- finding control characters is the point */
const HIDDEN =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
/* eslint-enable no-control-regex */

export interface HiddenCharacter {
  /** e.g. "U+202E RIGHT-TO-LEFT OVERRIDE" */
  name: string;
  /** 1-based position in the text. */
  position: number;
}

export function findHiddenCharacter(text: string): HiddenCharacter | null {
  const match = HIDDEN.exec(text);
  if (!match) return null;
  const char = match[0];
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const label =
    NAMES.get(char) ??
    (/[\u200b-\u2069]/u.test(char) ? 'INVISIBLE CHARACTER' : 'CONTROL CHARACTER');
  return { name: `${code} ${label}`, position: match.index + 1 };
}

/** The validator's message for a text that contains one. */
export function hiddenCharacterMessage(text: string): string {
  const found = findHiddenCharacter(text);
  return found
    ? `contains ${found.name} at character ${found.position}; remove it (single-line text may not hold control, zero-width or bidirectional characters)`
    : '';
}
