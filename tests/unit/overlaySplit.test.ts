import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../scripts/data-files.ts';
import { localizeInPlace } from '../../src/lib/i18n/localizeInPlace.ts';
import { localize } from '../../src/lib/model/localize.ts';
import { overlayFromJson } from '../../src/lib/i18n/overlayJson.ts';
import { isProseField, isTourField, splitOverlay } from '../../src/lib/model/overlaySplit.ts';
import { mergeProse, mergeTiming, mergeTourText, splitDataset } from '../../src/lib/model/split.ts';

const { dataset, translations } = loadDataDir('data');
const overlay = translations!.get('es')!.overlay;

describe('the Spanish overlay in the three parts the app loads', () => {
  it.each([
    { collection: 'nodes', key: 'bdnf', path: 'label', prose: false },
    { collection: 'nodes', key: 'bdnf', path: 'keyNumber.text', prose: false },
    { collection: 'nodes', key: 'bdnf', path: 'explanation', prose: true },
    { collection: 'nodes', key: 'bdnf', path: 'popularClaims.0.claim', prose: true },
    { collection: 'tour', key: 'x', path: 'caption', prose: false },
    { collection: 'interface', key: 'legend-note:active-at-time', path: 'text', prose: true },
    { collection: 'questions', key: 'x', path: 'question', prose: true },
    { collection: 'interface', key: 'key-idea:key-idea', path: 'lead', prose: false },
    { collection: 'interface', key: 'about:about', path: 'body', prose: true },
  ] as const)('$collection $key $path: prose $prose', ({ collection, key, path, prose }) =>
    expect(isProseField(collection, key, path)).toBe(prose),
  );

  it.each([
    { collection: 'tour', path: 'title', tour: true },
    { collection: 'tour', path: 'caption', tour: true },
    { collection: 'tour', path: 'notes', tour: true },
    { collection: 'nodes', path: 'label', tour: false },
  ] as const)('$collection $path: with the tour $tour', ({ collection, path, tour }) =>
    expect(isTourField(collection, path)).toBe(tour),
  );

  // One first-view field and one prose field whose English changed after translation.
  const edited = structuredClone(dataset!);
  edited.nodes[0]!.label += ' (changed)';
  edited.nodes[0]!.explanation += ' Changed.';

  it.each([
    { name: 'the real data', data: dataset!, stale: 0 },
    { name: 'two stale fields', data: edited, stale: 2 },
  ])(
    'translates the first view, then the prose, then the tour, as localize does the whole ($name)',
    ({ data, stale }) => {
      // As the browser gets them: JSON modules, the core translated before the first render,
      // the prose merged into the same records later and translated then, the tour's words
      // last (the findings' times have no words).
      const { core, prose, tourText, timing } = structuredClone(splitDataset(data));
      const parts = JSON.parse(JSON.stringify(splitOverlay(overlay))) as ReturnType<
        typeof splitOverlay
      >;
      const englishCore = localizeInPlace(core, overlayFromJson(parts.core));
      const full = mergeProse(core, prose);
      const englishProse = [...localizeInPlace(full, overlayFromJson(parts.prose))].filter(
        (key) => {
          const [collection, record, path] = key.split('/') as [never, string, string];
          return collection !== 'tour' && isProseField(collection, record, path);
        },
      );
      const withTour = mergeTourText(full, tourText);
      mergeTiming(withTour, timing);
      const englishTour = localizeInPlace({ tour: withTour.tour }, overlayFromJson(parts.tour));

      const whole = localize(data, overlay);
      expect(whole.english.size).toBe(stale);
      expect(withTour).toEqual(whole.dataset);
      expect(new Set([...englishCore, ...englishProse, ...englishTour])).toEqual(whole.english);
      expect(parts.tour.map(([collection]) => collection)).toEqual(['tour']);
      // The first view's part is small: it is fetched before a Spanish page's first render.
      expect(parts.core.map(([collection]) => collection)).not.toContain('questions');
      expect(JSON.stringify(parts.core).length).toBeLessThan(
        JSON.stringify(parts.prose).length / 5,
      );
    },
  );
});
