/**
 * No English typed straight into the extension's pages: every word a person reads in the popup, the workspace or
 * the shared components comes from the catalogs (public/_locales, through `t` in src/shared/i18n.ts), so German
 * and French readers never meet an English sentence in the middle of theirs. The source is parsed (vite's own
 * parser) and these are flagged when they hold a letter:
 *   - JSX text, and strings or templates placed as JSX children (`{isOpen ? 'Close' : 'Open'}`);
 *   - the attributes people read or hear: aria-label, title, placeholder, alt, label...;
 *   - elsewhere in the file, a string that reads as prose (a capital, then a space and another word), such as a
 *     table of texts at the top of a file.
 * Call arguments (`t('library_title')`), imports, type positions and other attributes (class, id, href) are not.
 * The dataset's own text (names, findings) arrives as data, never as a literal, so it is not affected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync, Visitor, type ESTree } from 'vite';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const FOLDERS = ['src/popup', 'src/options', 'src/ui'];

/**
 * Pages whose words are still typed in English, each waiting for its translation. The list only shrinks: to take
 * a file off it, move every string the test names for that file into the three catalogs under the page's own
 * prefix (en, de, fr; keys in alphabetical order), read them through `t(...)` / `t.plural(...)`, and delete its
 * line here. A listed file with nothing left to translate fails below, so the list cannot go stale.
 */
const NOT_YET_TRANSLATED = new Set<string>([]);

/** Words that are the same in every language: the product's own name. */
const SAME_IN_EVERY_LANGUAGE = new Set(['PSF Lens']);

/** Attributes (and component props of the same name) whose value is read or heard. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'alt',
  'label',
  'placeholder',
  'title',
]);

const hasWords = (text: string) => /\p{L}/u.test(text) && !SAME_IN_EVERY_LANGUAGE.has(text);
const PROSE = /^\p{Lu}[\p{L}’']*\s+\p{L}/u;

/** The literal texts an expression shows as it is: a string, a template's text, either branch of a choice. */
function shown(expr: ESTree.Expression | ESTree.JSXEmptyExpression | null | undefined): string[] {
  switch (expr?.type) {
    case 'Literal':
      return typeof expr.value === 'string' ? [expr.value] : [];
    case 'TemplateLiteral':
      return expr.quasis.map((q) => q.value.cooked ?? q.value.raw);
    case 'ConditionalExpression':
      return [...shown(expr.consequent), ...shown(expr.alternate)];
    case 'LogicalExpression':
      return shown(expr.right);
    case 'ParenthesizedExpression':
      return shown(expr.expression);
    default:
      return [];
  }
}

/** Every English text in one file, as `line: "text"`. */
function englishIn(path: string, source: string): string[] {
  const { program, errors } = parseSync(path, source);
  if (errors.length) throw new Error(`${path} does not parse: ${errors[0]?.message}`);
  const found: { at: number; text: string }[] = [];
  const seen = new Set<number>();
  const lineOf = (at: number) => source.slice(0, at).split('\n').length;
  const report = (node: { start: number; end: number }, texts: string[]) => {
    for (const text of texts.map((s) => s.replace(/\s+/g, ' ').trim()).filter(hasWords))
      found.push({ at: node.start + (source.slice(node.start).search(/\S/) || 0), text });
  };
  // Nodes whose strings are not shown as they are (or were reported already): the prose rule skips them.
  const skip = (node: { start: number; end: number } | null | undefined) => node && seen.add(node.start);
  const children = (node: ESTree.JSXElement | ESTree.JSXFragment) => {
    for (const child of node.children) {
      if (child.type !== 'JSXExpressionContainer') continue;
      report(child, shown(child.expression));
      skipShown(child.expression);
    }
  };
  const skipShown = (expr: ESTree.Expression | ESTree.JSXEmptyExpression | null | undefined): void => {
    if (expr?.type === 'Literal' || expr?.type === 'TemplateLiteral') skip(expr);
    if (expr?.type === 'ConditionalExpression') [expr.consequent, expr.alternate].forEach(skipShown);
    if (expr?.type === 'LogicalExpression') skipShown(expr.right);
    if (expr?.type === 'ParenthesizedExpression') skipShown(expr.expression);
  };
  new Visitor({
    JSXText: (node) => report(node, [node.value]),
    JSXElement: children,
    JSXFragment: children,
    JSXAttribute(node) {
      const name = node.name.type === 'JSXIdentifier' ? node.name.name : '';
      const value = node.value;
      if (value?.type === 'Literal') skip(value);
      if (value?.type === 'JSXExpressionContainer' && !READ_ATTRIBUTES.has(name)) skipShown(value.expression);
      if (!READ_ATTRIBUTES.has(name) || !value) return;
      if (value.type === 'Literal') report(value, [String(value.value)]);
      if (value.type === 'JSXExpressionContainer') {
        report(value, shown(value.expression));
        skipShown(value.expression);
      }
    },
    CallExpression: (node) => node.arguments.forEach(skip),
    NewExpression: (node) => node.arguments.forEach(skip),
    ImportDeclaration: (node) => skip(node.source),
    ExportNamedDeclaration: (node) => skip(node.source),
    TSLiteralType: (node) => skip(node.literal),
    Property: (node) => !node.computed && skip(node.key),
    BinaryExpression: (node) => [node.left, node.right].forEach(skip),
    Literal(node) {
      if (typeof node.value === 'string' && !seen.has(node.start) && PROSE.test(node.value)) report(node, [node.value]);
    },
    TemplateLiteral(node) {
      if (seen.has(node.start)) return;
      const text = node.quasis.map((q) => q.value.cooked ?? '').join(' ');
      if (PROSE.test(text.trim())) report(node, [text]);
    },
  }).visit(program);
  return found.sort((a, b) => a.at - b.at).map(({ at, text }) => `${lineOf(at)}: "${text}"`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const pages = FOLDERS.flatMap((folder) => walk(join(ROOT, folder)))
  .filter((file) => file.endsWith('.tsx'))
  .map((file) => relative(ROOT, file).split(sep).join('/'))
  .sort();
const englishOf = (path: string) => englishIn(path, readFileSync(join(ROOT, path), 'utf8'));

test('the scan sees the pages and the kinds of text it is meant to catch', () => {
  expect(pages).toEqual(expect.arrayContaining(['src/popup/app.tsx', 'src/ui/scorecard.tsx']));
  const sample = `
    const TEXT = { title: 'Product not found', css: 'sub small' };
    export const A = ({ n }) => (
      <section class="a b" aria-label="Search the library" data-x="free words">
        Library
        <input placeholder={\`Name of \${n}\`} title={t('library_title')} />
        {n > 1 ? 'Saved' : ''}
        {t('library_lede')} PSF Lens {' · '}
      </section>
    );`;
  expect(englishIn('sample.tsx', sample)).toEqual([
    '2: "Product not found"',
    '4: "Search the library"',
    '5: "Library"',
    '6: "Name of"',
    '7: "Saved"',
  ]);
});

describe.each(pages.filter((path) => !NOT_YET_TRANSLATED.has(path)))('%s', (path) => {
  test('shows no English typed into the page: its words come from the catalogs', () => {
    expect(
      englishOf(path),
      `${path}: move these into public/_locales/{en,de,fr}/messages.json and read them with t(...)`,
    ).toEqual([]);
  });
});

test('every file still listed as not yet translated exists and still has English in it', () => {
  const done = [...NOT_YET_TRANSLATED].filter((path) => !pages.includes(path) || englishOf(path).length === 0);
  expect(done, 'translated (or gone): delete these from NOT_YET_TRANSLATED in this test').toEqual([]);
});
