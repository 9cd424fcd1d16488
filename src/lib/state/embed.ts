/** Embedding helpers: the message a host page listens for, and links out of the frame. Pure. */
import { encodeUrlState, type UrlState } from './url.ts';

export const HEIGHT_MESSAGE = 'plasticity-window:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

/** The same view outside the frame: the full explorer, not embed mode. */
export function fullExplorerHref(state: UrlState): string {
  return `./${encodeUrlState({ ...state, embed: false })}`;
}
