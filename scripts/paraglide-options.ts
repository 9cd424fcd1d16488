/**
 * How Paraglide JS compiles the interface's messages (messages/en.json, messages/es.json).
 * The build keeps Spanish out of what an English reader downloads: see `onlyChosenLanguage`
 * in vite.config.ts.
 */
import type { CompilerOptions } from '@inlang/paraglide-js';

export const PARAGLIDE_OPTIONS = {
  project: './project.inlang',
  outdir: './src/paraglide',
  // One module per message, so each lands in the chunk of the part that shows it.
  outputStructure: 'message-modules',
  // The language is chosen by main.ts (src/lib/i18n/language.ts); Paraglide's own runtime
  // is not used in the app, only by tools that import the messages outside the build.
  strategy: ['baseLocale'],
  emitTsDeclarations: true,
  emitGitIgnore: false,
  emitReadme: false,
  emitPrettierIgnore: false,
} satisfies CompilerOptions;
