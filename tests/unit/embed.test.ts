import { describe, expect, it } from 'vitest';
import {
  embedBase,
  fullExplorerHref,
  heightMessage,
  heightMessages,
} from '../../src/lib/state/embed.ts';
import { embedSnippet, embedUrl, type EmbedOptions } from '../../src/lib/state/embedSnippet.ts';
import { SHRINK_TOLERANCE, shouldPost } from '../../src/lib/state/embedHeight.ts';
import {
  DEFAULT_STATE,
  encodeUrlState,
  parseUrlState,
  THEMES,
  VIEWS,
} from '../../src/lib/state/url.ts';
import { selectionForStep } from '../../src/lib/state/tour.ts';
import { mainCompounds } from '../../src/lib/model/graph.ts';
import { EVIDENCE_LENSES } from '../../src/lib/model/lens.ts';
import { realData } from './realData.ts';

const base = 'https://school.example.org/biology/plasticity/';
const options: EmbedOptions = {
  views: ['diagram', 'timeline'],
  compound: 'psilocybin',
  evidence: 'all',
  step: null,
  theme: 'light',
  height: 720,
  autoHeight: true,
};

describe('embed snippets', () => {
  it('points at embed mode with the chosen views, compound and theme', () => {
    expect(embedUrl(base, options)).toBe(
      `${base}?compound=psilocybin&view=diagram,timeline&theme=light&embed=1`,
    );
  });

  it('shows human evidence only when chosen', () => {
    expect(embedUrl(base, { ...options, evidence: 'human' })).toBe(
      `${base}?compound=psilocybin&view=diagram,timeline&evidence=human&theme=light&embed=1`,
    );
  });

  it('speaks the chosen language on its page, or leaves it to each reader’s browser', () => {
    expect(embedUrl(base, { ...options, lang: 'es' })).toBe(
      `${base}es/?compound=psilocybin&view=diagram,timeline&theme=light&embed=1&lang=es`,
    );
    expect(embedUrl(base, { ...options, lang: null })).not.toContain('lang=');
    // Copied from the Spanish page: Spanish stays there; English, or the reader's browser,
    // is the English page.
    expect(embedUrl(`${base}es/`, { ...options, lang: 'es' }, 'es')).toBe(
      `${base}es/?compound=psilocybin&view=diagram,timeline&theme=light&embed=1&lang=es`,
    );
    expect(embedUrl(`${base}es/`, { ...options, lang: 'en' }, 'es')).toBe(
      `${base}?compound=psilocybin&view=diagram,timeline&theme=light&embed=1&lang=en`,
    );
    expect(embedUrl(`${base}es/`, { ...options, lang: null }, 'es')).toBe(
      `${base}?compound=psilocybin&view=diagram,timeline&theme=light&embed=1`,
    );
  });

  it('starts at a tour step when one is chosen', () => {
    expect(embedUrl(base, { ...options, step: 3 })).toContain('&step=3');
  });

  it('writes a sandboxed, titled iframe and the height script', () => {
    const html = embedSnippet(base, options);
    expect(html).toContain(
      '<iframe src="https://school.example.org/biology/plasticity/?compound=psilocybin&amp;view=diagram,timeline',
    );
    expect(html).toContain('sandbox="allow-scripts');
    expect(html).toContain('title="The Plasticity Window');
    expect(html).toContain('height="720"');
    expect(html).toContain("'plasticity-window:height'");
  });

  it.each([
    {
      lang: 'es' as const,
      page: 'en' as const,
      title: 'psicodélicos, ketamina y neuroplasticidad',
    },
    { lang: null, page: 'es' as const, title: 'psicodélicos, ketamina y neuroplasticidad' },
    {
      lang: 'en' as const,
      page: 'es' as const,
      title: 'psychedelics, ketamine and neuroplasticity',
    },
  ])(
    "names a frame in $lang (from a page in $page) in the frame's language",
    ({ lang, page, title }) => {
      expect(embedSnippet(base, { ...options, lang }, page)).toContain(
        `title="The Plasticity Window: ${title}"`,
      );
    },
  );

  it('leaves the script out when not wanted', () => {
    expect(embedSnippet(base, { ...options, autoHeight: false })).not.toContain('<script>');
  });
});

describe('messages and links', () => {
  it('rounds the height up to whole pixels', () => {
    expect(heightMessage(812.2)).toEqual({ type: 'plasticity-window:height', height: 813 });
  });
  it('sends the LTI resize message beside its own, with the same height', () => {
    expect(heightMessages(700.4)).toEqual([
      { type: 'plasticity-window:height', height: 701 },
      { subject: 'lti.frameResize', height: 701 },
    ]);
  });
  it.each([
    { last: null, height: 900, post: true },
    { last: 900, height: 900, post: false },
    { last: 900, height: 903, post: true },
    // A scrollbar's worth of wobble downwards is not posted: no resize loop can start.
    { last: 4084, height: 4081, post: false },
    { last: 900, height: 900 - SHRINK_TOLERANCE, post: true },
  ])('posts $height after $last: $post', ({ last, height, post }) => {
    expect(shouldPost(last, height)).toBe(post);
  });
  it('links out of the frame to the same view without embed mode', () => {
    expect(fullExplorerHref({ ...DEFAULT_STATE, compound: 'lsd', embed: true })).toBe(
      './?compound=lsd',
    );
  });
});

describe('every link the embed dialog can build opens as previewed', () => {
  const data = realData();
  const viewSets = VIEWS.flatMap((_, i) =>
    VIEWS.slice(i).map((__, j) => VIEWS.slice(i, i + j + 1)),
  );
  const compounds = [null, ...mainCompounds(data).map((c) => c.id)];
  const steps = [null, ...data.tour.map((_, i) => i + 1)];
  const themes = [null, ...THEMES];
  const lenses = EVIDENCE_LENSES;

  it(`has no notices and no silent override in ${viewSets.length * compounds.length * lenses.length * steps.length * themes.length} combinations`, () => {
    for (const views of viewSets)
      for (const compound of compounds)
        for (const evidence of lenses)
          for (const step of steps)
            for (const theme of themes) {
              const url = embedUrl(base, { ...options, views, compound, evidence, step, theme });
              const { state, notices } = parseUrlState(new URL(url).search, data, data.tour.length);
              // Nothing in the link is dropped, so the page never rewrites it on load.
              expect(notices, url).toEqual([]);
              expect(encodeUrlState(state), url).toBe(new URL(url).search);
              // The dialog offers the compound only without a step; a step brings its own.
              const shown = step ? (data.tour[step - 1]!.compound ?? null) : compound;
              const opened = step
                ? selectionForStep(data.tour[step - 1]!).compound
                : state.compound;
              expect(opened, url).toBe(shown);
              // A compound the link names is the compound that opens.
              const named = new URL(url).searchParams.get('compound');
              if (named) expect(opened, url).toBe(named);
              expect(state).toMatchObject({ views, evidence, step, theme, embed: true });
            }
  });
});

describe('where embedded frames load the explorer from', () => {
  const published = 'https://school.example.org/plasticity/';
  const at = (href: string) => {
    const url = new URL(href);
    return { protocol: url.protocol, origin: url.origin, pathname: url.pathname };
  };
  it.each([
    {
      page: 'https://site.example/pw/?compound=lsd',
      configured: null,
      expected: 'https://site.example/pw/',
    },
    { page: 'http://127.0.0.1:4173/', configured: published, expected: 'http://127.0.0.1:4173/' },
    // A copy opened from disk: its address is a local path, never put into a snippet.
    {
      page: 'file:///home/ana/Desktop/plasticity-window-offline.html',
      configured: null,
      expected: null,
    },
    {
      page: 'file:///C:/Users/ana/plasticity-window-offline.html',
      configured: published,
      expected: published,
    },
  ])('$page (published: $configured) → $expected', ({ page, configured, expected }) => {
    expect(embedBase(at(page), configured)).toBe(expected);
  });
});
