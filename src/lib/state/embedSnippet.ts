/**
 * The embed snippet an educator copies from the Embed dialog: the frame's address and its
 * HTML. Apart from embed.ts (the height messages and links the first view needs), so that
 * only the dialog's chunk carries it. Pure.
 */
import { HEIGHT_MESSAGE } from './embed.ts';
import { encodeUrlState, type UrlState } from './url.ts';
import { addressInLanguage, type Language } from '../i18n/language.ts';

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

/**
 * The address of an embedded view: always embed mode, with the chosen settings, on the page
 * of its language (language.ts): a Spanish frame opens the Spanish page, and one that leaves
 * the language to each reader's browser opens the English page, where the browser chooses.
 * `base`: the page the snippet is copied from, in `baseLanguage`.
 */
export function embedUrl(
  base: string,
  options: EmbedOptions,
  baseLanguage: Language = 'en',
): string {
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
  // Without an absolute address (none to embed), the base as it is.
  const page = /^https?:\/\//.test(base)
    ? addressInLanguage(base, baseLanguage, options.lang ?? 'en')
    : base;
  return `${page}${query}`;
}

/**
 * The frame's accessible name in the host page, in the frame's own language when the snippet
 * sets one (the explorer's name stays as it is); a frame that follows each reader's browser
 * gets the name in the language of the page it was copied from.
 */
const FRAME_TITLES: Record<Language, string> = {
  en: 'The Plasticity Window: psychedelics, ketamine and neuroplasticity',
  es: 'The Plasticity Window: psicodélicos, ketamina y neuroplasticidad',
};

const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The HTML an educator pastes into a page: the iframe, and optionally the height script.
 * `pageLanguage`: the language of `base`, the page the snippet is copied from.
 */
export function embedSnippet(
  base: string,
  options: EmbedOptions,
  pageLanguage: Language = 'en',
): string {
  const src = embedUrl(base, options, pageLanguage);
  const title = FRAME_TITLES[options.lang ?? pageLanguage];
  const frame =
    `<iframe src="${attribute(src)}" title="${attribute(title)}" ` +
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
