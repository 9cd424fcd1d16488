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

/** The resize message of learning platforms that frame LTI tools (Canvas, Sakai). */
export interface LtiFrameResize {
  subject: 'lti.frameResize';
  height: number;
}

/** Everything posted for one height: the project's own message and the LTI one beside it. */
export function heightMessages(height: number): [HeightMessage, LtiFrameResize] {
  const message = heightMessage(height);
  return [message, { subject: 'lti.frameResize', height: message.height }];
}

/** The same view outside the frame: the full explorer, not embed mode. */
export function fullExplorerHref(state: UrlState): string {
  return `./${encodeUrlState({ ...state, embed: false })}`;
}

/** The parts of a page's address that say where it was loaded from. */
export type PageAddress = Pick<Location, 'protocol' | 'origin' | 'pathname'>;

/**
 * Where an embedded frame loads the explorer from: this page's own address when it was served
 * over the web. A copy opened from disk has a local path for an address (often with the
 * teacher's user name in it), which must never go into a snippet: there frames load the
 * published site when one is configured (CITATION.cff `url`), and otherwise there is no
 * embedding at all (null).
 */
export function embedBase(here: PageAddress, published: string | null): string | null {
  if (here.protocol === 'http:' || here.protocol === 'https:')
    return `${here.origin}${here.pathname}`;
  return published;
}
