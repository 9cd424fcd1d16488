import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { formatProblem } from './src/lib/model/problem.ts';
import { loadDataDir } from './scripts/data-files.ts';
import { DATA_FILES, type Dataset } from './src/lib/model/schema.ts';
import { splitDataset } from './src/lib/model/split.ts';
import { localize } from './src/lib/model/localize.ts';
import { messagesFromJson } from './src/lib/i18n/messageCoverage.ts';
import type { Language } from './src/lib/i18n/language.ts';
import { withOfflinePolicy } from './scripts/offline-policy.ts';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { PARAGLIDE_OPTIONS } from './scripts/paraglide-options.ts';

/**
 * Stops the build (and warns in dev) when `data/` breaks its schema or cross-references,
 * and serves the validated data, in the build's language, as four modules: the structure the
 * first view draws (`virtual:dataset-core`), the prose that loads after it
 * (`virtual:dataset-prose`), the tour's words, loaded with the parts that show them
 * (`virtual:dataset-tour`), and the findings' measured times, loaded once a time is chosen
 * (`virtual:dataset-timing`). In another language than English each field holds its
 * translation from data/i18n/<lang>/ (model/localize.ts), and `virtual:page-language` names
 * the language and the fields still in English, which the page marks `lang="en"`.
 */
export function datasetModules(
  lang: Language = 'en',
  // The bench builds synthetic data at several scales from another folder.
  dir = process.env.PLASTICITY_DATA_DIR ?? resolve(import.meta.dirname, 'data'),
): Plugin {
  // Read, validated and split once per build (and again in dev after a data file changes).
  let modules: Map<string, unknown> | undefined;
  // Whole, for the text version (readingView), which reads it through this plugin's `api`.
  let whole: Dataset | undefined;
  const readData = (fail: (message: string) => never) => {
    const { dataset, translations, problems } = loadDataDir(dir);
    if (!dataset) {
      const list = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
      fail(`${problems.length} problem(s) in data/:\n${list}`);
    }
    // A language without an overlay folder shows everything in English, marked as such.
    const { dataset: shown, english } =
      lang === 'en'
        ? { dataset: dataset!, english: new Set<string>() }
        : localize(dataset!, translations?.get(lang)?.overlay ?? new Map());
    whole = shown;
    const { core, prose, tourText, timing } = splitDataset(shown);
    return new Map<string, unknown>([
      ['virtual:dataset-core', core],
      ['virtual:dataset-prose', prose],
      ['virtual:dataset-tour', tourText],
      ['virtual:dataset-timing', timing],
      ['virtual:page-language', { lang, untranslated: [...english] }],
    ]);
  };
  const isOurs = (id: string) =>
    /^virtual:dataset-(core|prose|tour|timing)$|^virtual:page-language$/.test(id);
  return {
    name: 'plasticity-window:dataset',
    api: {
      dataset(): Dataset {
        if (!whole)
          modules = readData((message) => {
            throw new Error(message);
          });
        return whole!;
      },
      pageLanguage: () => modules?.get('virtual:page-language'),
    },
    buildStart() {
      modules = readData((message) => this.error(message));
    },
    watchChange() {
      modules = undefined;
      whole = undefined;
    },
    resolveId: (id) => (isOurs(id) ? `\0${id}` : undefined),
    load(id) {
      const virtual = id.slice(1);
      if (!id.startsWith('\0') || !isOurs(virtual)) return;
      for (const { file } of Object.values(DATA_FILES)) {
        this.addWatchFile(resolve(dir, file));
        if (lang !== 'en') this.addWatchFile(resolve(dir, 'i18n', lang, file));
      }
      modules ??= readData((message) => this.error(message));
      // As a JSON string: V8 parses large JSON much faster than the same object literal, which
      // shortens the long task the prose's arrival makes on a slow phone.
      const json = JSON.stringify(modules.get(virtual));
      return json.length > 10_000
        ? `export default JSON.parse(${JSON.stringify(json)});`
        : `export default ${json};`;
    },
  };
}

/**
 * `virtual:page-language` alone, as `datasetModules` serves it, for a build or a test that
 * needs no data: the text version's server build, and the unit tests (English).
 */
export const pageLanguageModule = (page: unknown = { lang: 'en', untranslated: [] }): Plugin => ({
  name: 'plasticity-window:page-language',
  resolveId: (id) => (id === 'virtual:page-language' ? `\0${id}` : undefined),
  load: (id) =>
    id === '\0virtual:page-language' ? `export default ${JSON.stringify(page)};` : undefined,
});

/**
 * The interface's words are Paraglide messages (messages/en.json, messages/es.json), called
 * in the source as `m.key(inputs)`, so every key and input is type-checked. Each language is
 * a build of its own (`--mode es`, into dist/es/), and in it each call becomes
 * `__t("<the text in that language>", inputs)` (src/lib/i18n/t.ts): the words stay inline in
 * the chunk of the part that shows them, as cheap as a literal. So a page carries only its own
 * language and no Paraglide runtime, and each language's first view fits the same budget
 * (docs/decisions/0015-a-build-per-language.md). A message with no text in the language keeps
 * its English (`npm run check:data` reports it).
 */
export function onlyChosenLanguage(lang: Language): Plugin {
  const root = import.meta.dirname;
  const helper = JSON.stringify(resolve(root, 'src/lib/i18n/t.ts'));
  const read = (language: Language) =>
    messagesFromJson(readFileSync(resolve(root, `messages/${language}.json`), 'utf8'));
  const texts = () => {
    const english = read('en');
    const chosen = lang === 'en' ? english : read(lang);
    return (key: string) => {
      const text = chosen.get(key);
      return typeof text === 'string' && text.trim() !== '' ? text : english.get(key);
    };
  };
  const messagesImport =
    /import\s*\{\s*m\s*\}\s*from\s*["'][./]*(?:src\/)?paraglide\/messages\.js["'];?/;
  return {
    name: 'plasticity-window:only-chosen-language',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('/node_modules/') || id.includes('/src/paraglide/')) return;
      if (!messagesImport.test(code)) return;
      const textOf = texts();
      const out = code
        .replace(messagesImport, `import { __t as __message } from ${helper};`)
        .replace(/\bm\.(\w+)(\s*\()?/g, (_, key: string, call?: string) => {
          const text = textOf(key);
          if (typeof text !== 'string')
            throw new Error(`onlyChosenLanguage: unknown message m.${key} in ${id}`);
          return call
            ? `__message(${JSON.stringify(text)}, `
            : `((inputs) => __message(${JSON.stringify(text)}, inputs))`;
        });
      return { code: out, map: null };
    },
  };
}

const messagePlugins = (lang: Language) => [
  paraglideVitePlugin(PARAGLIDE_OPTIONS),
  onlyChosenLanguage(lang),
];

export const OFFLINE_FILE = 'plasticity-window-offline.html';

/**
 * What `--mode` builds: the English site into dist/ (the default), the Spanish one into
 * dist/es/ (`es`), and each one's offline copy beside it (`offline`, `offline-es`).
 */
const modeLanguage = (mode: string): Language => (/(^|-)es$/.test(mode) ? 'es' : 'en');
const siteDir = (lang: Language) =>
  resolve(import.meta.dirname, lang === 'en' ? 'dist' : `dist/${lang}`);
const offlineTmp = (lang: Language) =>
  resolve(import.meta.dirname, `node_modules/.offline-build-${lang}`);

/**
 * The site's icon and start-up check are files (a strict host policy refuses a data: image
 * and an inline script), but the offline copy has no files beside it: there the icon travels
 * as a data: address and the check as an inline script (hashed in its policy, below).
 */
function offlineInlinePublicFiles(): Plugin {
  const publicFile = (name: string) =>
    readFileSync(resolve(import.meta.dirname, 'public', name), 'utf8').trim();
  return {
    name: 'plasticity-window:offline-inline-public-files',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const inlined = html
          .replace(
            'href="/favicon.svg"',
            () => `href="data:image/svg+xml,${encodeURIComponent(publicFile('favicon.svg'))}"`,
          )
          .replace(
            '<script src="/startup-check.js" defer></script>',
            () => `<script>${publicFile('startup-check.js')}</script>`,
          );
        if (/(href|src)="\/(?!src\/)/.test(inlined))
          throw new Error('offline copy: index.html still refers to a file in public/');
        return inlined;
      },
    },
  };
}

/**
 * Moves the single-file build into dist/ beside the site, under a name a teacher recognises,
 * with its own Content-Security-Policy: the hashes of its inline script and styles, and
 * nothing from anywhere else (scripts/offline-policy.ts).
 */
function placeOfflineCopy(lang: Language): Plugin {
  const published = citationFacts().url;
  return {
    name: 'plasticity-window:offline-copy',
    closeBundle() {
      const html = readFileSync(resolve(offlineTmp(lang), 'index.html'), 'utf8');
      writeFileSync(
        resolve(siteDir(lang), OFFLINE_FILE),
        withOfflinePolicy(html, { frameOrigin: published ? new URL(published).origin : null }),
      );
      rmSync(offlineTmp(lang), { recursive: true, force: true });
    },
  };
}

/**
 * Only this origin may supply scripts and styles: no inline script, no eval, no inline style
 * (the stylesheet is a file, and what the page sizes at run time it sets through the style
 * object, which no policy blocks), so the page works under a host's own strict policy as well.
 * The offline copy is all inline by design; it gets its own policy, with hashes (below).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'plasticity-window:csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * The browser would paint the empty page before the entry script has drawn anything, and
 * Lighthouse would then count the first drawing as blocking time after that paint. The entry
 * holds the first view, so it blocks rendering (`blocking="render"`): the first paint is the
 * drawn page (docs/decisions/0010-the-entry-blocks-rendering.md). Vite drops the attribute
 * from index.html, so it is added to the built tag.
 */
function entryBlocksRendering(): Plugin {
  return {
    name: 'plasticity-window:entry-blocks-rendering',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const tagged = html.replace(
          /<script (type="module" crossorigin src="[^"]+"><\/script>)/,
          '<script blocking="render" $1',
        );
        if (tagged === html) throw new Error('entry-blocks-rendering: no entry script found');
        return tagged;
      },
    },
  };
}

/**
 * V8 compiles a function the first time it is called, on the main thread, unless its file asks
 * for all of them at once (explicit compile hints, Chromium 136 and later): then they are
 * compiled while the file streams in, off the main thread. The first view's files (the entry
 * and what it imports statically) run almost whole as the page opens, so they carry the hint;
 * this cut the first drawing's main-thread time by about a fifth (decision 0018). Later parts
 * do not: compiling code nobody may call would only take a phone's second core.
 */
const COMPILE_ON_LOAD_HINT = '//# allFunctionsCalledOnLoad\n';
function compileFirstViewOnLoad(): Plugin {
  return {
    name: 'plasticity-window:compile-first-view-on-load',
    apply: 'build',
    // Written into the files once they are out: Vite's last pass on the chunks (the preload
    // lists) comes after every plugin's generateBundle, and the hint must open the file.
    writeBundle(options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' ? [[file.fileName, file] as const] : [],
        ),
      );
      const marked = new Set<string>();
      const mark = (fileName: string) => {
        const chunk = chunks.get(fileName);
        if (!chunk || marked.has(fileName)) return;
        marked.add(fileName);
        const path = resolve(options.dir!, fileName);
        writeFileSync(path, COMPILE_ON_LOAD_HINT + readFileSync(path, 'utf8'));
        chunk.imports.forEach(mark);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) mark(chunk.fileName);
      if (marked.size === 0) throw new Error('compile-first-view-on-load: no entry chunk');
    },
  };
}

/**
 * Vite marks the stylesheet `crossorigin`, which loads it in CORS mode. A frame sandboxed
 * without allow-same-origin has an opaque origin, so on a host that sends no CORS header the
 * stylesheet would fail as the module scripts do, and the text version (readingView) would
 * show unstyled. A stylesheet needs no CORS to apply, so it is fetched without.
 */
function stylesheetWithoutCors(): Plugin {
  return {
    name: 'plasticity-window:stylesheet-without-cors',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const plain = html.replace(
          /<link rel="stylesheet" crossorigin /,
          '<link rel="stylesheet" ',
        );
        if (plain === html) throw new Error('stylesheet-without-cors: no stylesheet link found');
        return plain;
      },
    },
  };
}

/**
 * Observable Plot reaches the d3 modules the diagram also uses (selection, zoom, drag,
 * dispatch). Shared, those modules would live in the first view's chunk with every part Plot
 * needs, so the chart would cost the first view bytes it never runs. Plot gets its own copies
 * instead, in its own on-demand chunk, and so does d3-transition, which patches the selection
 * it imports: the real one must never replace the diagram's stand-in (below). d3-interpolate
 * and d3-color are not copied: only Plot's chunk has them, shared with its d3-scale.
 */
const FIRST_VIEW_D3 = /\/node_modules\/d3-(selection|zoom|drag|dispatch|transition)\//;
const PLOT_COPY = '?plot-copy';
function plotOwnD3(): Plugin {
  return {
    name: 'plasticity-window:plot-own-d3',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return;
      const copying = importer.endsWith(PLOT_COPY);
      if (!copying && !/\/node_modules\/(@observablehq\/plot|d3)\//.test(importer)) return;
      const from = copying ? importer.slice(0, -PLOT_COPY.length) : importer;
      const resolved = await this.resolve(source, from, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !FIRST_VIEW_D3.test(resolved.id)) return;
      return { ...resolved, id: `${resolved.id}${PLOT_COPY}` };
    },
  };
}

/**
 * The diagram's zoom takes two things from d3 modules it does not otherwise need: an animated
 * `zoom.transform` and `interrupt` from d3-transition, and `interpolateZoom` from
 * d3-interpolate. Whole, those modules bring all of d3's tweening and colour code (d3-color)
 * into every load, about 9 KB gzip the zoom never runs. The site build gives d3-zoom and the
 * diagram's binding (zoomBehaviour.ts) small stand-ins with the same behaviour
 * (src/components/diagram/zoomTransition.ts and interpolateZoom.ts); Plot keeps the real
 * modules in its own chunk.
 * The dev server and the offline copy, which have no byte budget, use the real ones.
 */
const ZOOM_STAND_INS = new Map([
  ['d3-transition', resolve(import.meta.dirname, 'src/components/diagram/zoomTransition.ts')],
  ['d3-interpolate', resolve(import.meta.dirname, 'src/components/diagram/interpolateZoom.ts')],
]);
function zoomStandIns(): Plugin {
  return {
    name: 'plasticity-window:zoom-stand-ins',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const standIn = ZOOM_STAND_INS.get(source);
      if (!importer || !standIn) return;
      const fromZoom =
        /\/node_modules\/d3-zoom\//.test(importer) ||
        importer.endsWith('/src/components/diagram/zoomBehaviour.ts');
      if (!fromZoom || importer.endsWith(PLOT_COPY)) return;
      return standIn;
    },
  };
}

/**
 * Reference managers read the page's `citation_*` meta tags and its schema.org JSON-LD; both
 * come from package.json (the version) and CITATION.cff (title, authors, release date), so
 * they never disagree with the citation file. No licence is named because none is declared.
 */
export function citationFacts(root = import.meta.dirname) {
  const cffPath = resolve(root, 'CITATION.cff');
  const cff = existsSync(cffPath) ? readFileSync(cffPath, 'utf8') : '';
  const field = (name: string) => new RegExp(`^${name}:\\s*'?([^'\\n]+)'?`, 'm').exec(cff)?.[1];
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    version: string;
    description: string;
  };
  // The published site, if any: the offline copy's Embed dialog points there (embed.ts).
  const url = field('url') ?? null;
  if (url !== null && !/^https?:\/\/[^/\s]+/.test(url))
    throw new Error(`CITATION.cff url: "${url}" is not an http(s) address of the published site`);
  return {
    title: field('title') ?? 'The Plasticity Window',
    author: /^\s+- name:\s*'?([^'\n]+)'?/m.exec(cff)?.[1] ?? 'The Plasticity Window team',
    released: field('date-released') ?? '',
    version: pkg.version,
    description: pkg.description,
    url,
  };
}

/** Text as an HTML attribute's value. */
const attr = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

function citationMeta(): Plugin {
  const facts = citationFacts();
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: facts.title,
    description: facts.description,
    version: facts.version,
    datePublished: facts.released,
    creator: { '@type': 'Organization', name: facts.author },
    isAccessibleForFree: true,
    keywords: ['psychedelics', 'ketamine', 'neuroplasticity', 'BDNF', 'education'],
  }).replaceAll('<', '\\u003c');
  return {
    name: 'plasticity-window:citation-meta',
    transformIndexHtml: (html) =>
      html.replace(
        '</head>',
        `    <meta name="citation_title" content="${attr(facts.title)}" />
    <meta name="citation_author" content="${attr(facts.author)}" />
    <meta name="citation_publication_date" content="${attr(facts.released.replaceAll('-', '/'))}" />
    <meta name="citation_version" content="${attr(facts.version)}" />
    <script type="application/ld+json">${jsonLd}</script>
  </head>`,
      ),
  };
}

/**
 * The page's text version (src/components/reading/): the cascade, its explanations and the
 * studies behind each step as links, the phases after a dose and the safety lines, rendered
 * into index.html with Svelte's server renderer. A reader whose scripts do not run (blocked,
 * failed, or a frame sandboxed on a host that sends no CORS header) still reads the content,
 * and so do search engines and link previews. The entry blocks rendering (0010) and hides it first, so a reader whose scripts run
 * never sees it (docs/decisions/0012-a-text-version-in-the-html.md).
 */
function readingView(lang: Language, linked: boolean): Plugin {
  const root = import.meta.dirname;
  // The data as the build validated it (datasetModules), not read a second time.
  let data: { dataset: () => Dataset; pageLanguage: () => unknown };
  return {
    name: 'plasticity-window:reading-view',
    apply: 'build',
    configResolved(config) {
      const found = config.plugins.find((p) => p.name === 'plasticity-window:dataset');
      if (!found) throw new Error('reading view: the dataset plugin is missing');
      data = found.api as typeof data;
    },
    async transformIndexHtml(html) {
      // The components compiled for the server by a build of their own, into a folder of its
      // own (inside node_modules, so the built module finds svelte), then imported and run.
      const out = mkdtempSync(resolve(root, 'node_modules/.reading-view-'));
      const dataset = data.dataset();
      try {
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          plugins: [pageLanguageModule(data.pageLanguage()), ...messagePlugins(lang), svelte()],
          build: {
            ssr: resolve(root, 'src/components/reading/prerender.ts'),
            outDir: out,
            copyPublicDir: false,
            rolldownOptions: { checks: { bundlerTimings: false } },
          },
        });
        const { renderReadingView } = (await import(
          pathToFileURL(resolve(out, 'prerender.js')).href
        )) as typeof import('./src/components/reading/prerender.ts');
        const placed = html.replace('<!--reading-view-->', renderReadingView(dataset, linked));
        if (placed === html) throw new Error('reading view: index.html has no <!--reading-view-->');
        return placed;
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  };
}

export const PREVIEW_PORT = 4173;

/**
 * The page's language on <html lang> and in its description; the rest of index.html is the
 * text version (readingView) and the start-up message, which public/startup-check.js shows in
 * the page's language.
 */
function pageInLanguage(lang: Language): Plugin {
  const messages = readFileSync(resolve(import.meta.dirname, `messages/${lang}.json`), 'utf8');
  const description = attr(String(messagesFromJson(messages).get('page_description')));
  return {
    name: 'plasticity-window:page-in-language',
    transformIndexHtml(html) {
      const placed = html
        .replace('<html lang="en">', `<html lang="${lang}">`)
        .replace(
          /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
          () => `<meta name="description" content="${description}" />`,
        );
      if (!placed.includes(`<html lang="${lang}">`) || !placed.includes(description))
        throw new Error('page-in-language: index.html has no <html lang="en"> or description');
      return placed;
    },
  };
}

// `vite build --mode offline` writes one self-contained HTML file that works from file://;
// `--mode es` and `--mode offline-es` do the same in Spanish (modeLanguage, above).
export default defineConfig(({ mode }) => {
  const lang = modeLanguage(mode);
  const offline = mode.startsWith('offline');
  return {
    base: './',
    define: {
      __APP_VERSION__: JSON.stringify(citationFacts().version),
      __PUBLISHED_URL__: JSON.stringify(citationFacts().url),
      // What "Cite this view" and every exported figure cite (see src/lib/export/citeView.ts).
      __APP_CITATION__: JSON.stringify(
        (({ title, author, version, released }) => ({ title, author, version, released }))(
          citationFacts(),
        ),
      ),
    },
    plugins: offline
      ? [
          datasetModules(lang),
          ...messagePlugins(lang),
          pageInLanguage(lang),
          offlineInlinePublicFiles(),
          svelte(),
          readingView(lang, false),
          viteSingleFile(),
          placeOfflineCopy(lang),
        ]
      : [
          datasetModules(lang),
          ...messagePlugins(lang),
          pageInLanguage(lang),
          zoomStandIns(),
          plotOwnD3(),
          svelte(),
          readingView(lang, true),
          contentSecurityPolicy(),
          entryBlocksRendering(),
          compileFirstViewOnLoad(),
          stylesheetWithoutCors(),
          citationMeta(),
        ],
    build: {
      target: 'es2022',
      // Rolldown warns when plugins take most of a build; here that is Svelte compiling the
      // components, as expected, so the warning only hid real ones.
      rolldownOptions: { checks: { bundlerTimings: false } },
      // One stylesheet, with the first view: each later part's own sheet, arriving after the
      // first paint, made the browser restyle and lay out the whole page again (50–150 ms each
      // on a mid-range phone); together they weigh ~6 KB.
      cssCodeSplit: false,
      ...(offline
        ? { outDir: offlineTmp(lang), emptyOutDir: true, copyPublicDir: false }
        : { outDir: siteDir(lang), emptyOutDir: true }),
    },
    preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true },
    server: { host: '127.0.0.1' },
  };
});
