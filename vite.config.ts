/// <reference types="vitest/config" />
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { minifySync } from 'rolldown/experimental';
import { build, defineConfig, type Plugin } from 'vite';
import { compileIndex } from './src/core/detect.ts';
import { latestByProduct } from './src/core/latest.ts';
import { hostPermissions, manifestPatterns } from './src/core/match-patterns.ts';
import { searchOrigins } from './src/core/search-links.ts';
import { hostRecords, STORAGE_QUOTA, storedBytes } from './src/shared/rule-store.ts';
import { SEARCH_SCRIPT_FILE } from './src/shared/script-files.ts';
import type { Dataset } from './src/core/model.ts';

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
/** `TARGET=cli`: the command line, a Node program over src/core, built into dist/cli. */
const isCli = process.env.TARGET === 'cli';
/**
 * `PSF_LENS_E2E=1`: the build the end-to-end tests drive, into dist/<browser>-e2e, never packaged (the packager
 * refuses it). In Firefox it lists the popup and the workspace as web-accessible, because WebDriver BiDi may not
 * navigate to an extension page that is not; the store build (dist/firefox) has no such entry, and a test proves it.
 * In Chromium it grants the search engines' hosts at install, because no driver can answer the browser's own
 * permission prompt; the search marks' setting is still off until the test switches it on.
 */
const isE2e = process.env.PSF_LENS_E2E === '1';
/** PSF Lens's own pages, opened to the test driver in the end-to-end build only. */
const E2E_PAGES = ['src/popup/index.html', 'src/options/index.html'];
/**
 * A site an organisation assesses itself, granted at install in the end-to-end build only. Chromium's prompt for an
 * optional host permission is browser UI that no test driver can answer, so there `permissions.request` finds the
 * site already granted and answers at once, and the test takes the grant back through Chromium's own site-access
 * settings (chrome://extensions), as a user would. The shipped build asks, and has no such host.
 */
export const E2E_ORG_HOST = 'acme-agent.example';
/** `PSF_PUBLIC_DIR` and `PSF_OUT_DIR`: another dataset in its own build, as `npm run bench` measures at scale. */
const publicDir = process.env.PSF_PUBLIC_DIR ?? 'public';
const extensionOutDir = process.env.PSF_OUT_DIR ?? `dist/${target}${isE2e ? '-e2e' : ''}`;
const dataset = JSON.parse(readFileSync(`${publicDir}/data/psf-dataset.json`, 'utf8')) as Dataset;
interface ManifestSource extends Record<string, unknown> {
  content_scripts?: Record<string, unknown>[];
}
const baseManifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as ManifestSource;

/** What the background publishes to extension storage for the bundled dataset, in bytes of the quota. */
function publishedBytes(): number {
  const index = compileIndex(dataset.products, dataset.assessments);
  return storedBytes(hostRecords(index, dataset.products, latestByProduct(dataset.assessments)));
}

/**
 * The manifest for one browser, with content-script patterns derived from the dataset's match rules, and the
 * storage it needs: Chromium's storage.local holds 10 MB unless asked for more. Firefox's follows IndexedDB's limits,
 * a share of the disk, and there the permission would add a line to the install prompt, so it is not asked.
 */
function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const patterns = manifestPatterns(dataset.products);
  const manifest = structuredClone(baseManifest);
  manifest.content_scripts = (manifest.content_scripts ?? []).map((script) => ({ ...script, matches: patterns }));
  manifest.host_permissions = hostPermissions(patterns);
  if (browser === 'chrome' && publishedBytes() > STORAGE_QUOTA / 2)
    manifest.permissions = [...((manifest.permissions as string[] | undefined) ?? []), 'unlimitedStorage'];
  if (browser === 'firefox') {
    delete manifest.minimum_chrome_version;
    // Firefox reads managed settings from enterprise policies ("3rdparty"), not from a schema in the manifest.
    delete manifest.storage;
    Object.assign(manifest, {
      background: { scripts: ['src/background/index.ts'], type: 'module' },
      browser_specific_settings: {
        gecko: {
          id: 'psf-lens@psf-lens.org',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    });
  }
  if (isE2e && browser === 'firefox')
    manifest.web_accessible_resources = [{ resources: E2E_PAGES, matches: ['<all_urls>'] }];
  if (isE2e && browser === 'chrome')
    manifest.host_permissions = [
      ...hostPermissions(patterns),
      `https://${E2E_ORG_HOST}/*`,
      `https://www.${E2E_ORG_HOST}/*`,
      ...searchOrigins(),
    ];
  return manifest as unknown as ManifestV3Export;
}

const cliBuild = {
  // npx runs the bin directly, so the built file must be executable.
  plugins: [{ name: 'psf-lens:executable-cli', writeBundle: () => chmodSync('dist/cli/psf-lens.js', 0o755) }],
  publicDir: false as const,
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: {
      input: { 'psf-lens': 'src/cli/psf-lens.ts', 'bench-detect': 'src/cli/bench-detect.ts' },
      // Shared code beside the entries, so the bundled dataset is at ../../public from every file.
      output: { entryFileNames: '[name].js', chunkFileNames: 'shared-[hash].js' },
    },
  },
};

/** One entry built on its own, every module it imports in one file: the code of that file. */
async function buildAlone(root: string, entry: string, format: 'es' | 'iife'): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    plugins: format === 'es' ? [preact(), lazyPolyfill()] : [],
    build: {
      write: false,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: {
        input: resolve(root, entry),
        output: { format, name: 'psfLensScript', codeSplitting: false, charset: 'ascii' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk' && o.isEntry);
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry}: no script built`);
  return chunk.code;
}

/**
 * The search marks' script, registered at run time (src/background/search-marks.ts), built here as one
 * self-contained file beside the bundle, at the path the background names (src/shared/script-files.ts). Not
 * through crxjs's `?script` import: that lists the file as web-accessible to every site (so any page could detect
 * PSF Lens by fetching it) and names the background's chunk after the checkout's absolute path, which made the
 * store packages differ between machines.
 */
function standaloneScript(entry: string, fileName: string): Plugin {
  let root = '';
  return {
    name: 'psf-lens:standalone-script',
    apply: 'build',
    configResolved: (config) => void (root = config.root),
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: await buildAlone(root, entry, 'iife') });
    },
  };
}

/**
 * An entry's chunk replaced by `alone`, built with every module it imports in one file; the other pages keep the
 * shared chunks. The extension's files grow by the shared code the entry now carries itself.
 * - The popup (`alone`: its main.tsx). Bundled with the workspace, it loaded three files (its own, the chunk of
 *   Preact and the components it shares with the workspace, and the small modules all three contexts share), and
 *   gzip learns the same JSX shapes anew in each: 10.5 KB against 9.6 KB for the same code in one file, and its
 *   budget is 10 KB. It carries about 20 KB more, not downloaded on opening anything: a fair price for the page
 *   opened most.
 * - The service worker. With the pages' shared chunks it loaded and linked their code too, each export a chunk
 *   gives another made when the module graph is: in one file of its own, a worker woken by a page holds 12 KB less
 *   heap and 8 KB less script source, and loads 31 KB of gzip rather than 35 KB. The files grow by 43 KB (the
 *   store package by 17 KB, once), against a worker that starts again many times a day.
 */
function inOneFile(entry: string, alone = entry): Plugin {
  let root = '';
  return {
    name: `psf-lens:in-one-file:${entry}`,
    apply: 'build',
    configResolved: (config) => void (root = config.root),
    async generateBundle(_options, bundle) {
      const facade = resolve(root, entry);
      const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId === facade);
      if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry}: no entry chunk to replace`);
      chunk.code = await buildAlone(root, alone, 'es');
    },
  };
}

/**
 * The files as the extension ships them: every JSON file without its indentation (the bundled dataset, the
 * manifest with its match patterns, the managed-policy schema, the language catalogs), the catalogs
 * without their `description`s, which are notes for translators that neither the browser nor the pages read, and
 * not the dataset's JSON Schema, which is for authors' editors. The sources keep all of it (public/).
 */
function leanData(): Plugin {
  let outDir = '';
  const jsonFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? jsonFiles(path) : entry.name.endsWith('.json') ? [path] : [];
    });
  return {
    name: 'psf-lens:lean-data',
    apply: 'build',
    configResolved: (config) => void (outDir = resolve(config.root, config.build.outDir)),
    closeBundle: {
      order: 'post',
      handler() {
        rmSync(`${outDir}/data/psf-dataset.schema.json`, { force: true });
        for (const file of jsonFiles(outDir)) {
          const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
          const lean = /_locales[\\/][\w-]+[\\/]messages\.json$/.test(file)
            ? Object.fromEntries(
                Object.entries(data as Record<string, Record<string, unknown>>).map(([key, entry]) => {
                  const { description: _notes, ...shipped } = entry;
                  return [key, shipped];
                }),
              )
            : data;
          writeFileSync(file, JSON.stringify(lean));
        }
      },
    },
  };
}

/**
 * Every script in ASCII, non-ASCII characters written as escapes. A browser keeps a script's source in memory for as
 * long as the script lives, one byte per character if all of it is Latin-1 and two bytes otherwise, so a single
 * "·" in a message doubled it: measured with a heap snapshot of a worker woken by a page, its two scripts held
 * 196 KB of source, 98 KB in ASCII, and each vendor page 16 KB for the 8 KB content script. The bundler escapes the
 * chunks it writes (`charset` below); the content script is built by crxjs, without that option, so it is printed
 * again here, unminified and unchanged but for the escapes (which gzip as well: 4,036 B against 4,047).
 */
function asciiScripts(): Plugin {
  return {
    name: 'psf-lens:ascii-scripts',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.js')) continue;
          const code = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          if (!/[\u0080-\uffff]/.test(code)) continue;
          const printed = minifySync(file.fileName, code, {
            compress: false,
            mangle: false,
            codegen: { asciiOnly: true },
          });
          if (printed.errors.length) throw new Error(`${file.fileName}: ${printed.errors[0]?.message ?? 'unreadable'}`);
          file.source = printed.code;
        }
      },
    },
  };
}

/**
 * webextension-polyfill as its authors meant it to cost. Chrome and Firefox both have `browser`, and the polyfill
 * returns it; its wrappers sit in a function that is never called there (see its comment on `wrapAPIs`). Two things
 * of the build undid that in the service worker, each measured with a heap snapshot of a worker woken by a page:
 * - The minifier inlines that single-use arrow where it is called, as `(e=>{...})(chrome)`, and V8 compiles a
 *   parenthesized function as soon as it parses it: 14 KB of bytecode for code that never runs. A function
 *   declaration stays where it is and is compiled only if called. Its body uses neither `this` nor `arguments`.
 * - As a CommonJS (UMD) module, its default export was copied property by property (the bundler's interop), and
 *   reading each property's descriptor makes the browser build every API namespace it offers, used or not: 13 KB.
 *   As an ES module it exports the object itself.
 * Nothing else changes: the same polyfill runs, in every context that imports it.
 */
function lazyPolyfill(): Plugin {
  const edit = (code: string, from: string, to: string) => {
    if (!code.includes(from)) throw new Error(`webextension-polyfill changed: no "${from}" to rewrite`);
    return code.replace(from, to);
  };
  return {
    name: 'psf-lens:lazy-polyfill',
    transform: {
      filter: { id: /webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/ },
      handler(code) {
        let esm = edit(code, 'const wrapAPIs = extensionAPIs => {', 'function wrapAPIs(extensionAPIs) {');
        // The UMD wrapper's test for CommonJS (`typeof exports`) becomes true for the module object declared here.
        esm = edit(esm, 'typeof exports !== "undefined"', 'true');
        esm = edit(esm, 'factory(module);', 'factory(polyfill);');
        return { code: `const polyfill = { exports: {} };\n${esm}\nexport default polyfill.exports;\n`, map: null };
      },
    },
  };
}

const extensionBuild = {
  publicDir,
  plugins: [
    preact(),
    ...(process.env.VITEST
      ? []
      : [
          crx({
            manifest: manifestFor(target),
            browser: target,
            contentScripts: { standaloneFiles: ['src/content/index.ts'] },
          }),
          standaloneScript('src/search/search.ts', SEARCH_SCRIPT_FILE),
          inOneFile('src/popup/index.html', 'src/popup/main.tsx'),
          inOneFile('src/background/index.ts'),
          lazyPolyfill(),
          asciiScripts(),
          leanData(),
        ]),
  ],
  build: {
    outDir: extensionOutDir,
    emptyOutDir: true,
    target: 'es2022',
    // Both browsers preload modules natively; the polyfill would only add to every page's size.
    modulePreload: false,
    rolldownOptions: { output: { charset: 'ascii' as const } },
  },
};

export default defineConfig({
  ...(isCli ? cliBuild : extensionBuild),
  test: {
    environment: 'node',
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/helpers/setup.ts'],
  },
});
