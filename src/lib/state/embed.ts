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

export interface EmbedOptions {
  views: UrlState['views'];
  compound: string | null;
  /** 'human': the frame shows human evidence only. */
  evidence: UrlState['evidence'];
  step: number | null;
  theme: UrlState['theme'];
  /** The frame's language; null: each reader's browser chooses. */
  lang?: UrlState['lang'];
  /** Starting height of the frame in pixels; the host script then follows the content. */
  height: number;
  /** Add the few lines of host script that apply the height messages. */
  autoHeight: boolean;
}

/** The address of an embedded view: always embed mode, with the chosen settings. */
export function embedUrl(base: string, options: EmbedOptions): string {
  const query = encodeUrlState({
    compound: options.compound,
    focus: null,
    t: null,
    views: options.views,
    evidence: options.evidence,
    theme: options.theme,
    embed: true,
    step: options.step,
    present: null,
    since: null,
    lang: options.lang ?? null,
  });
  return `${base}${query}`;
}

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The HTML an educator pastes into a page: the iframe, and optionally the height script. */
export function embedSnippet(base: string, options: EmbedOptions): string {
  const src = embedUrl(base, options);
  const frame =
    `<iframe src="${attribute(src)}" title="The Plasticity Window: psychedelics, ketamine and neuroplasticity" ` +
    `width="100%" height="${Math.round(options.height)}" style="border:0;max-width:100%" loading="lazy" ` +
    `sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads" ` +
    `allow="fullscreen"></iframe>`;
  if (!options.autoHeight) return frame;
  const script = `<script>
addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== '${HEIGHT_MESSAGE}' || typeof data.height !== 'number') return;
  document.querySelectorAll('iframe').forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = Math.min(data.height, 5000) + 'px';
  });
});
</script>`;
  return `${frame}\n${script}`;
}
