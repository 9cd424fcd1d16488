/**
 * Compiles messages/<lang>.json into src/paraglide/ with Paraglide JS, the same options as the
 * Vite plugin (vite.config.ts), for the tools that run without Vite: svelte-check and the
 * unit tests. `npm run check:types` and `npm test` run it first.
 */
import { compile } from '@inlang/paraglide-js';
import { PARAGLIDE_OPTIONS } from './paraglide-options.ts';

await compile(PARAGLIDE_OPTIONS);
// The compiler leaves timers behind that keep Node alive for about half a minute after the
// files are written (every `npm test`, lint and build ran it), so the script ends itself.
process.exit(0);
