import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'src/paraglide'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' },
    },
  },
  {
    // A plain object indexed by input also "finds" inherited keys (`__proto__`,
    // `constructor`, `toString`): `?focus=constructor:x` once threw. Key lookups by a string
    // use a Map (or Object.hasOwn); records keyed by a closed union stay typed as such.
    files: ['src/**/*.ts', 'src/**/*.svelte', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "TSTypeReference[typeName.name='Record'] > TSTypeParameterInstantiation > TSStringKeyword:first-child",
          message:
            'Record<string, …> invites lookups by input that find inherited keys; use a Map, or a Record over a union of known keys.',
        },
        {
          // An arrow whose body is `record.id === …`.
          selector:
            "CallExpression[callee.property.name=/^(find|some)$/] > ArrowFunctionExpression > BinaryExpression.body[operator='==='] > MemberExpression.left[property.name='id']",
          message:
            'A search of a collection for an id reads every record; use byId(records) from model/graphIndex.ts.',
        },
        {
          selector: 'TSIndexSignature',
          message:
            'An index signature invites lookups by input that find inherited keys; use a Map, or a Record over a union of known keys.',
        },
      ],
    },
  },
  {
    // The model is pure data logic that state, layout and components build on; when it reached
    // back into state/ it formed cycles (validate ↔ crossChecks came with it). Cycles anywhere
    // in src/ are caught by scripts/check-imports.ts, in `npm run lint`.
    files: ['src/lib/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../state', '../state/**', '**/lib/state', '**/lib/state/**'],
              message:
                'src/lib/model/ imports nothing from state/: move the shared type or function into model/ (state may import model).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
);
