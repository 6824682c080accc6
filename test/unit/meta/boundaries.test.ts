/**
 * Architecture rules, read from the source itself (STYLE.md: "Enforce the boundaries with a lint rule or a
 * test"): the pure core depends on nothing else, contexts do not reach into each other, no HTML strings, no `any`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SRC = join(ROOT, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

interface SourceFile {
  /** Path from the repository root, with forward slashes: `src/core/detect.ts`. */
  path: string;
  /** The top-level folder under src: `core`, `background`... */
  folder: string;
  text: string;
}

const files: SourceFile[] = walk(SRC).map((file) => {
  const path = relative(ROOT, file).split(sep).join('/');
  return { path, folder: path.split('/')[1] ?? '', text: readFileSync(file, 'utf8') };
});
const code = files.filter((f) => /\.(ts|tsx|mts)$/.test(f.path));

/** Every module specifier a file imports, statically, dynamically or as a re-export. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bexport\s+[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const m of text.matchAll(pattern)) if (m[1]) found.push(m[1]);
  return found;
}

/** The src folder a relative import lands in, or the package name of a bare one. */
function target(file: SourceFile, specifier: string): { folder?: string; pkg?: string } {
  if (!specifier.startsWith('.'))
    return {
      pkg: specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] ?? ''),
    };
  const landed = relative(SRC, resolve(ROOT, dirname(file.path), specifier)).split(sep);
  return landed[0] === '..' ? { folder: '(outside src)' } : { folder: landed[0] ?? '' };
}

/** Source text with comments, strings and template text removed, so words in prose do not count as code. */
function stripCommentsAndStrings(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, '""');
}

test('the source tree is where this test expects it', () => {
  expect(code.length).toBeGreaterThan(20);
  expect(code.map((f) => f.folder)).toEqual(
    expect.arrayContaining(['core', 'background', 'content', 'popup', 'shared', 'ui']),
  );
});

test('importsOf finds static, type-only, side-effect, dynamic and re-exported imports', () => {
  const sample = `import a from 'x';\nimport type { B } from "../background/db.ts";\nimport './y.css';\nconst c = await import('../content/z.ts');\nexport { d } from '../popup/w.tsx';`;
  expect(importsOf(sample)).toEqual(
    expect.arrayContaining(['x', '../background/db.ts', './y.css', '../content/z.ts', '../popup/w.tsx']),
  );
  const core: SourceFile = { path: 'src/core/detect.ts', folder: 'core', text: '' };
  expect(target(core, '../shared/messages.ts')).toEqual({ folder: 'shared' });
  expect(target(core, './url.ts')).toEqual({ folder: 'core' });
  expect(target(core, '../../test/x.ts')).toEqual({ folder: '(outside src)' });
  expect(target(core, 'idb/with-async-ittr')).toEqual({ pkg: 'idb' });
  expect(target(core, '@webext-core/messaging')).toEqual({ pkg: '@webext-core/messaging' });
});

describe('src/core is pure', () => {
  const FORBIDDEN_FOLDERS = ['background', 'content', 'popup', 'options', 'ui', 'shared', 'cli'];
  const FORBIDDEN_PACKAGES = ['webextension-polyfill', 'idb', 'preact'];

  test.each(code.filter((f) => f.folder === 'core').map((f) => [f.path, f] as const))(
    '%s imports no context, shared code or browser library',
    (_path, file) => {
      const bad = importsOf(file.text).filter((spec) => {
        const { folder, pkg } = target(file, spec);
        return (
          (folder !== undefined && FORBIDDEN_FOLDERS.includes(folder)) ||
          folder === '(outside src)' ||
          (pkg !== undefined && FORBIDDEN_PACKAGES.includes(pkg))
        );
      });
      expect(
        bad,
        `${file.path} must stay pure: move what it needs into src/core, or pass it in as an argument`,
      ).toEqual([]);
    },
  );
});

describe('no browser context reaches into another', () => {
  const CONTEXTS = ['background', 'content', 'search', 'popup', 'options'];

  test.each(code.filter((f) => CONTEXTS.includes(f.folder)).map((f) => [f.path, f] as const))(
    '%s imports only core, shared, ui and its own folder',
    (_path, file) => {
      const bad = importsOf(file.text).filter((spec) => {
        const { folder } = target(file, spec);
        return (
          folder !== undefined && folder !== file.folder && (CONTEXTS.includes(folder) || folder === '(outside src)')
        );
      });
      expect(bad, `${file.path}: share it through src/shared or src/core instead`).toEqual([]);
    },
  );

  test('ui (shared by popup and options) imports no context either', () => {
    const bad = code
      .filter((f) => f.folder === 'ui')
      .flatMap((f) =>
        importsOf(f.text)
          .filter((spec) => CONTEXTS.includes(target(f, spec).folder ?? ''))
          .map((spec) => `${f.path} -> ${spec}`),
      );
    expect(bad).toEqual([]);
  });
});

describe('shared and cli depend on the core alone', () => {
  const ALLOWED: Record<string, string[]> = {
    // Contracts every context imports: they must not pull a context (or Preact) into another's bundle.
    shared: ['core', 'shared'],
    // The command line runs under Node: no browser context, no page components.
    cli: ['core', 'shared', 'cli'],
  };

  test.each(code.filter((f) => f.folder in ALLOWED).map((f) => [f.path, f] as const))(
    '%s imports only what its folder may',
    (_path, file) => {
      const allowed = ALLOWED[file.folder] ?? [];
      // The `_locales` catalogs are the extension's own data (i18n.ts reads their keys as a type), not code.
      const bad = importsOf(file.text).filter((spec) => {
        if (file.folder === 'shared' && /^(\.\.\/)+public\/_locales\/en\/messages\.json$/.test(spec)) return false;
        const { folder, pkg } = target(file, spec);
        return (folder !== undefined && !allowed.includes(folder)) || pkg === 'preact' || pkg === 'idb';
      });
      expect(bad, `${file.path} may import only ${allowed.join(', ')} (and no Preact or idb)`).toEqual([]);
    },
  );

  test('the content scripts import no page components (ui/ is Preact, the content scripts stay tiny)', () => {
    const bad = code
      .filter((f) => f.folder === 'content' || f.folder === 'search')
      .flatMap((f) =>
        importsOf(f.text)
          .filter((spec) => target(f, spec).folder === 'ui' || target(f, spec).pkg === 'preact')
          .map((spec) => `${f.path} -> ${spec}`),
      );
    expect(bad).toEqual([]);
  });
});

describe('src/core uses no browser globals', () => {
  // A global, not a property of something else (`page.location` is an argument's field, `location` is the page's).
  const GLOBALS =
    /(?<![\w$.])(?:browser|chrome|window|document|navigator|location|localStorage|sessionStorage|indexedDB|fetch|XMLHttpRequest|crypto|importScripts|globalThis|self)\b(?!\s*:)/;

  test('the detector finds globals in code and ignores prose, fields and strings', () => {
    expect(GLOBALS.test(stripCommentsAndStrings('const u = location.href;'))).toBe(true);
    expect(GLOBALS.test(stripCommentsAndStrings('await browser.storage.local.get()'))).toBe(true);
    expect(GLOBALS.test(stripCommentsAndStrings('const k = crypto.subtle;'))).toBe(true);
    expect(GLOBALS.test(stripCommentsAndStrings('// the browser asks\nconst s = "document";'))).toBe(false);
    expect(GLOBALS.test(stripCommentsAndStrings('const x = page.location; type T = { document: string };'))).toBe(
      false,
    );
  });

  test.each(code.filter((f) => f.folder === 'core').map((f) => [f.path, f] as const))(
    '%s takes what it needs from the browser as arguments',
    (_path, file) => {
      const lines = stripCommentsAndStrings(file.text)
        .split('\n')
        .filter((line) => GLOBALS.test(line));
      expect(lines, `${file.path} must run under Node: pass the browser value in as an argument`).toEqual([]);
    },
  );
});

describe('no HTML strings, no eval, no any', () => {
  const RAW = [
    /\.innerHTML\b/,
    /\bouterHTML\s*=/,
    /dangerouslySetInnerHTML/,
    /insertAdjacentHTML/,
    /\beval\s*\(/,
    /\bnew\s+Function\s*\(/,
    /document\.write\s*\(/,
  ];

  test.each(files.filter((f) => !/\.(png|svg|ico)$/.test(f.path)).map((f) => [f.path, f] as const))(
    '%s builds no markup from strings and runs no strings as code',
    (_path, file) => {
      const hits = RAW.filter((pattern) => pattern.test(file.text)).map(String);
      expect(hits, `${file.path}: use textContent and DOM nodes (or JSX), never HTML strings or eval`).toEqual([]);
    },
  );

  const ANY = /(?::\s*any\b|\bas\s+any\b|<\s*any\s*[>,]|\bany\s*\[\]|[|&]\s*any\b|\bany\s*[|&])/;

  test('the any-detector finds any in type positions and ignores prose', () => {
    expect(ANY.test(stripCommentsAndStrings('let x: any = 1;'))).toBe(true);
    expect(ANY.test(stripCommentsAndStrings('const y = z as any;'))).toBe(true);
    expect(ANY.test(stripCommentsAndStrings('type L = Array<any>;'))).toBe(true);
    expect(ANY.test(stripCommentsAndStrings('// works on any site\nconst s = "any | thing";'))).toBe(false);
  });

  test.each(code.map((f) => [f.path, f] as const))('%s has no any type', (_path, file) => {
    const lines = stripCommentsAndStrings(file.text)
      .split('\n')
      .filter((line) => ANY.test(line));
    expect(lines, `${file.path}: type it (unknown plus a check, or the real type)`).toEqual([]);
  });
});

describe('pages say errors in one way', () => {
  const BY_HAND = /instanceof Error\s*\?\s*[\w.]+\.message/;

  test.each(code.filter((f) => ['options', 'popup', 'ui'].includes(f.folder)).map((f) => [f.path, f] as const))(
    '%s turns errors into text only through errorText',
    (_path, file) => {
      expect(
        BY_HAND.test(file.text),
        `${file.path}: show errorText(error) from src/shared/error-text.ts, which keeps internal names off the page`,
      ).toBe(false);
    },
  );
});

describe('every extension-storage key is named in one module', () => {
  // A key written out at the call: `storage.local.get('settings')`, `storage.session.set({ tab: ... })`.
  const LITERAL_KEY =
    /storage\.(?:local|session|sync|managed)\.(?:get|remove)\(\s*['"`]|storage\.(?:local|session|sync)\.set\(\s*\{\s*(?:['"`]|\w+\s*:)/;

  test('the detector finds keys written at the call and passes named ones', () => {
    expect(LITERAL_KEY.test("browser.storage.local.get('settings')")).toBe(true);
    expect(LITERAL_KEY.test('browser.storage.session.set({ feedStatus: s })')).toBe(true);
    expect(LITERAL_KEY.test('browser.storage.local.set({ [SETTINGS_KEY]: s })')).toBe(false);
    expect(LITERAL_KEY.test('browser.storage.local.get(SETTINGS_KEY)')).toBe(false);
  });

  test.each(code.filter((f) => f.path !== 'src/shared/storage-keys.ts').map((f) => [f.path, f] as const))(
    '%s names its storage keys from src/shared/storage-keys.ts',
    (_path, file) => {
      const lines = file.text.split('\n').filter((line) => LITERAL_KEY.test(line));
      expect(lines, `${file.path}: add the key to src/shared/storage-keys.ts and use the constant`).toEqual([]);
    },
  );
});
