import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../scripts/data-files.ts';
import { localizeInPlace } from '../../src/lib/i18n/localizeInPlace.ts';
import { localize } from '../../src/lib/model/localize.ts';
import { isProseField, overlayFromJson, splitOverlay } from '../../src/lib/model/overlaySplit.ts';
import { mergeProse, splitDataset } from '../../src/lib/model/split.ts';

const { dataset, translations } = loadDataDir('data');
const overlay = translations!.get('es')!.overlay;

describe('the Spanish overlay in the two parts the app loads', () => {
  it.each([
    { collection: 'nodes', key: 'bdnf', path: 'label', prose: false },
    { collection: 'nodes', key: 'bdnf', path: 'keyNumber.text', prose: false },
    { collection: 'nodes', key: 'bdnf', path: 'explanation', prose: true },
    { collection: 'nodes', key: 'bdnf', path: 'popularClaims.0.claim', prose: true },
    { collection: 'tour', key: 'x', path: 'caption', prose: true },
    { collection: 'questions', key: 'x', path: 'question', prose: true },
    { collection: 'interface', key: 'key-idea:key-idea', path: 'lead', prose: false },
    { collection: 'interface', key: 'about:about', path: 'body', prose: true },
  ] as const)('$collection $key $path: prose $prose', ({ collection, key, path, prose }) =>
    expect(isProseField(collection, key, path)).toBe(prose),
  );

  // One first-view field and one prose field whose English changed after translation.
  const edited = structuredClone(dataset!);
  edited.nodes[0]!.label += ' (changed)';
  edited.nodes[0]!.explanation += ' Changed.';

  it.each([
    { name: 'the real data', data: dataset!, stale: 0 },
    { name: 'two stale fields', data: edited, stale: 2 },
  ])(
    'translates the first view, then the prose, as localize does the whole ($name)',
    ({ data, stale }) => {
      // As the browser gets them: JSON modules, the core translated before the first render,
      // the prose merged into the same records later and translated then.
      const { core, prose } = structuredClone(splitDataset(data));
      const parts = JSON.parse(JSON.stringify(splitOverlay(overlay))) as ReturnType<
        typeof splitOverlay
      >;
      const englishCore = localizeInPlace(core, overlayFromJson(parts.core));
      const full = mergeProse(core, prose);
      const englishProse = [...localizeInPlace(full, overlayFromJson(parts.prose))].filter(
        (key) => {
          const [collection, record, path] = key.split('/') as [never, string, string];
          return isProseField(collection, record, path);
        },
      );

      const whole = localize(data, overlay);
      expect(whole.english.size).toBe(stale);
      expect(full).toEqual(whole.dataset);
      expect(new Set([...englishCore, ...englishProse])).toEqual(whole.english);
      // The first view's part is small: it is fetched before a Spanish page's first render.
      expect(parts.core.map(([collection]) => collection)).not.toContain('questions');
      expect(JSON.stringify(parts.core).length).toBeLessThan(
        JSON.stringify(parts.prose).length / 5,
      );
    },
  );
});
