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
import { splitOverlay } from './src/lib/model/overlaySplit.ts';
import { withOfflinePolicy } from './scripts/offline-policy.ts';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { PARAGLIDE_OPTIONS } from './scripts/paraglide-options.ts';

/**
 * Stops the build (and warns in dev) when `data/` breaks its schema or cross-references,
 * and serves the validated data as four modules: the structure the first view draws
 * (`virtual:dataset-core`), the prose that loads after it (`virtual:dataset-prose`), the
 * tour's words, loaded with the parts that show them (`virtual:dataset-tour`), and the
 * findings' measured times, loaded once a time is chosen (`virtual:dataset-timing`).
 * Each language overlay (data/i18n/<lang>/) follows the same split, in three parts
 * (`virtual:overlay-es-core`, `-prose`, `-tour`; the times have no words), which only that
 * language's readers import.
 */
export function datasetModules(
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
    whole = dataset!;
    const { core, prose, tourText, timing } = splitDataset(dataset!);
    const found = new Map<string, unknown>([
      ['virtual:dataset-core', core],
      ['virtual:dataset-prose', prose],
      ['virtual:dataset-tour', tourText],
      ['virtual:dataset-timing', timing],
    ]);
    for (const [lang, { overlay }] of translations ?? []) {
      const parts = splitOverlay(overlay);
      found.set(`virtual:overlay-${lang}-core`, parts.core);
      found.set(`virtual:overlay-${lang}-prose`, parts.prose);
      found.set(`virtual:overlay-${lang}-tour`, parts.tour);
    }
    return found;
  };
  const isOurs = (id: string) =>
    /^virtual:dataset-(core|prose|tour|timing)$|^virtual:overlay-[a-z-]+-(core|prose|tour)$/.test(
      id,
    );
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
      for (const { file } of Object.values(DATA_FILES)) this.addWatchFile(resolve(dir, file));
      modules ??= readData((message) => this.error(message));
      // A language without an overlay folder gets an empty overlay: everything stays English.
      // As a JSON string: V8 parses large JSON much faster than the same object literal, which
      // shortens the long task the prose's arrival makes on a slow phone.
      const json = JSON.stringify(modules.get(virtual) ?? []);
      return json.length > 10_000
        ? `export default JSON.parse(${JSON.stringify(json)});`
        : `export default ${json};`;
    },
  };
}

/**
 * The interface's words are Paraglide messages (messages/en.json, messages/es.json), called
 * in the source as `m.key(inputs)`, so every key and input is type-checked. In the build each
 * call becomes `__t("<the English>", inputs)` (src/lib/i18n/t.ts): the English stays inline
 * in the chunk of the part that shows it, as cheap as a literal, and a Spanish page looks its
 * words up in `virtual:messages-es`, a Map from each English text to Paraglide's compiled
 * Spanish function, fetched before its first render. So an English page carries no Spanish
 * and no Paraglide runtime, and the first view stays within its budget. The language never
 * changes while a page is open.
 */
export function onlyChosenLanguage(): Plugin {
  const root = import.meta.dirname;
  const messagesDir = resolve(root, PARAGLIDE_OPTIONS.outdir, 'messages');
  const helper = JSON.stringify(resolve(root, 'src/lib/i18n/t.ts'));
  const english = () =>
    new Map(
      Object.entries(
        JSON.parse(readFileSync(resolve(root, 'messages/en.json'), 'utf8')) as object,
      ).filter(([key]) => key !== '$schema') as [string, string][],
    );
  const fail = (what: string): never => {
    throw new Error(`onlyChosenLanguage: ${what}`);
  };
  const messagesImport =
    /import\s*\{\s*m\s*\}\s*from\s*["'][./]*(?:src\/)?paraglide\/messages\.js["'];?/;
  return {
    name: 'plasticity-window:only-chosen-language',
    enforce: 'post',
    resolveId: (id) => (id === 'virtual:messages-es' ? '\0virtual:messages-es' : undefined),
    load(id) {
      if (id !== '\0virtual:messages-es') return;
      const entries = [...english()].map(([key, text]) => {
        const file = resolve(messagesDir, `${key}.js`);
        this.addWatchFile(file);
        const block = new RegExp(`const es_${key} = [\\s\\S]*?\\n\\};\\n`);
        const found = readFileSync(file, 'utf8').match(block)?.[0];
        return found
          ? [found, `[${JSON.stringify(text)}, es_${key}]`]
          : fail(`no Spanish in ${key}.js`);
      });
      return `${entries.map(([block]) => block).join('')}export default new Map([${entries.map(([, pair]) => pair).join(',')}]);`;
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || id.includes('/src/paraglide/')) return;
      if (!messagesImport.test(code)) return;
      const texts = english();
      const out = code
        .replace(messagesImport, `import { __t as __message } from ${helper};`)
        .replace(/\bm\.(\w+)(\s*\()?/g, (_, key: string, call?: string) => {
          const text = JSON.stringify(texts.get(key) ?? fail(`unknown message m.${key} in ${id}`));
          return call ? `__message(${text}, ` : `((inputs) => __message(${text}, inputs))`;
        });
      return { code: out, map: null };
    },
  };
}

const messagePlugins = () => [paraglideVitePlugin(PARAGLIDE_OPTIONS), onlyChosenLanguage()];

export const OFFLINE_FILE = 'plasticity-window-offline.html';
const OFFLINE_TMP = resolve(import.meta.dirname, 'node_modules/.offline-build');

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
function placeOfflineCopy(): Plugin {
  const published = citationFacts().url;
  return {
    name: 'plasticity-window:offline-copy',
    closeBundle() {
      const html = readFileSync(resolve(OFFLINE_TMP, 'index.html'), 'utf8');
      writeFileSync(
        resolve(import.meta.dirname, 'dist', OFFLINE_FILE),
        withOfflinePolicy(html, { frameOrigin: published ? new URL(published).origin : null }),
      );
      rmSync(OFFLINE_TMP, { recursive: true, force: true });
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

function citationMeta(): Plugin {
  const facts = citationFacts();
  const attr = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
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
function readingView(): Plugin {
  const root = import.meta.dirname;
  // The data as the build validated it (datasetModules), not read a second time.
  let dataset: () => Dataset;
  return {
    name: 'plasticity-window:reading-view',
    apply: 'build',
    configResolved(config) {
      const data = config.plugins.find((p) => p.name === 'plasticity-window:dataset');
      if (!data) throw new Error('reading view: the dataset plugin is missing');
      dataset = (data.api as { dataset: () => Dataset }).dataset;
    },
    async transformIndexHtml(html) {
      // The components compiled for the server by a build of their own, into a folder of its
      // own (inside node_modules, so the built module finds svelte), then imported and run.
      const out = mkdtempSync(resolve(root, 'node_modules/.reading-view-'));
      try {
        await build({
          configFile: false,
          root,
          logLevel: 'warn',
          plugins: [svelte()],
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
        const placed = html.replace('<!--reading-view-->', renderReadingView(dataset()));
        if (placed === html) throw new Error('reading view: index.html has no <!--reading-view-->');
        return placed;
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  };
}

export const PREVIEW_PORT = 4173;

// `vite build --mode offline` writes one self-contained HTML file that works from file://.
export default defineConfig(({ mode }) => ({
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
  plugins:
    mode === 'offline'
      ? [
          datasetModules(),
          ...messagePlugins(),
          offlineInlinePublicFiles(),
          svelte(),
          readingView(),
          viteSingleFile(),
          placeOfflineCopy(),
        ]
      : [
          datasetModules(),
          ...messagePlugins(),
          zoomStandIns(),
          plotOwnD3(),
          svelte(),
          readingView(),
          contentSecurityPolicy(),
          entryBlocksRendering(),
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
    ...(mode === 'offline' ? { outDir: OFFLINE_TMP, emptyOutDir: true, copyPublicDir: false } : {}),
  },
  preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true },
  server: { host: '127.0.0.1' },
}));
