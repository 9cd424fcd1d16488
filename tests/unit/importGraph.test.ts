import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import {
  importCycles,
  importGraph,
  importSpecifiers,
  readSources,
} from '../../scripts/import-graph.ts';

describe('importSpecifiers', () => {
  it.each([
    {
      name: 'static, type-only, re-exported and dynamic imports of a module',
      file: 'a.ts',
      text: `import { x } from './x.ts';\nimport type { T } from './t.ts';\nexport { y } from './y.ts';\nconst z = () => import('./z.ts');`,
      expected: ['./x.ts', './t.ts', './y.ts', './z.ts'],
    },
    {
      name: "a component's script blocks and the lazy imports in its markup",
      file: 'A.svelte',
      text: `<script module>\n  import { m } from './m.ts';\n</script>\n<script lang="ts">\n  import B from './B.svelte';\n</script>\n{#await import('./Lazy.svelte') then { default: Lazy }}<Lazy />{/await}\n<p>import from nowhere</p>`,
      expected: ['./m.ts', './B.svelte', './Lazy.svelte'],
    },
  ])('$name', ({ file, text, expected }) => {
    expect(importSpecifiers(text, file)).toEqual(expected);
  });
});

describe('importCycles', () => {
  const files = (entries: [string, string][]) => importGraph(new Map(entries));

  it.each([
    {
      name: 'a chain has none',
      graph: files([
        ['m/a.ts', "import './b.ts';"],
        ['m/b.ts', "import '../s/c.ts';"],
        ['s/c.ts', "import 'svelte';"],
      ]),
      expected: [],
    },
    {
      name: 'two modules that import each other, one for a type only',
      graph: files([
        ['m/validate.ts', "import { check } from './checks.ts';"],
        ['m/checks.ts', "import type { Problem } from './validate.ts';"],
      ]),
      expected: [['m/checks.ts', 'm/validate.ts', 'm/checks.ts']],
    },
    {
      name: 'a loop through a lazily loaded component and another folder',
      graph: files([
        ['App.svelte', "{#await import('./c/Panel.svelte')}{/await}"],
        ['c/Panel.svelte', "<script>import { s } from '../lib/s.ts';</script>"],
        ['lib/s.ts', "import App from '../App.svelte';"],
        ['lib/t.ts', "import { s } from './s.ts';"],
      ]),
      expected: [['App.svelte', 'c/Panel.svelte', 'lib/s.ts', 'App.svelte']],
    },
    {
      name: 'a module that imports itself',
      graph: files([['a.ts', "import './a.ts';"]]),
      expected: [['a.ts', 'a.ts']],
    },
  ])('$name', ({ graph, expected }) => {
    expect(importCycles(graph)).toEqual(expected);
  });
});

describe('src/', () => {
  const graph = importGraph(readSources('src'));

  it('reads the imports of components, including those their markup loads lazily', () => {
    // A static import in the script, and views its markup loads after the first paint.
    expect(graph.get('src/components/shell/LaterViews.svelte')).toEqual(
      expect.arrayContaining([
        'src/components/shell/shell.svelte.ts',
        'src/components/timeline/Timeline.svelte',
        'src/components/learn/LearnSection.svelte',
      ]),
    );
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('the lint rule that keeps the model from importing state', () => {
  it.each([
    { file: 'src/lib/model/example.ts', from: '../state/url.ts', restricted: true },
    { file: 'src/lib/model/example.ts', from: '../../lib/state/url.ts', restricted: true },
    { file: 'src/lib/model/example.ts', from: './focus.ts', restricted: false },
    { file: 'src/lib/state/example.ts', from: '../model/focus.ts', restricted: false },
  ])('$file importing $from', async ({ file, from, restricted }) => {
    const [result] = await new ESLint().lintText(`import type { Focus } from '${from}';\n`, {
      filePath: file,
    });
    const rules = result!.messages.map((m) => m.ruleId);
    expect(rules.includes('no-restricted-imports')).toBe(restricted);
  });
});
