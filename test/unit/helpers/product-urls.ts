/**
 * The URLs each product of the bundled dataset must be recognised on, shared by the detection tests and the
 * match-pattern tests (whatever detection recognises, the content script must be injected on).
 * Most are derived from each product's own match rules; a few localized pages are written by hand.
 */
import type { PageSignals } from '../../../src/core/detect.ts';
import type { MatchRule, Product } from '../../../src/core/model.ts';
import { bundled } from './dataset.ts';

export interface UrlCase {
  productId: string;
  url: string;
  /** Which variant this is, for the test's name. */
  how: string;
  /** What the page says about itself, for rules that need page signals. */
  signals?: PageSignals;
  /** Other products this page is equally about (a vendor's home page shared by several rated products). */
  sharedWith: string[];
}

/** Hosts whose `www.` form only redirects to the bare host: no page is ever shown at www. there. */
const NO_WWW_PAGES = new Set(['github.com', 'pypi.org', 'huggingface.co', 'chatgpt.com']);

/** Localized copies of product pages, on hosts that really serve them under a leading locale segment. */
const LOCALIZED: Record<string, string[]> = {
  'openai-codex': ['https://openai.com/ja-JP/codex/'],
  'gpt-4-1': ['https://openai.com/ja-JP/index/gpt-4-1/'],
  'amazon-bedrock-agents': [
    'https://aws.amazon.com/de/bedrock/agents/',
    'https://aws.amazon.com/jp/bedrock/agents/faqs/',
    'https://docs.aws.amazon.com/ja_jp/bedrock/latest/userguide/agents.html',
  ],
  'semantic-kernel': [
    'https://learn.microsoft.com/en-us/semantic-kernel/overview/',
    'https://learn.microsoft.com/ja-jp/semantic-kernel/get-started/quick-start-guide',
  ],
  'gemini-1-5-pro': ['https://cloud.google.com/ja/vertex-ai/generative-ai/docs/models/gemini/1-5-pro'],
};

const products = bundled().products;
const sameRule = (a: MatchRule, b: MatchRule) => JSON.stringify(a) === JSON.stringify(b);
/** The other products with this very rule: a page they all claim, equally. */
const sharing = (product: Product, rule: MatchRule) =>
  products.filter((p) => p.id !== product.id && p.match.some((r) => sameRule(r, rule))).map((p) => p.id);

function ruleCases(product: Product, rule: MatchRule): UrlCase[] {
  const path = rule.path === '/' ? '' : (rule.path ?? '');
  const base = `https://${rule.host}${path}`;
  const isFile = /\.[a-z]+$/i.test(path);
  const signals = rule.signals?.[0] ? { title: `${rule.signals[0]} | ${product.vendor}` } : undefined;
  const variants: [string, string][] = [
    ['rule path', path ? base : `${base}/`],
    ['http:', `http://${rule.host}${path || '/'}`],
    ['upper-case host', `https://${rule.host.toUpperCase()}${path || '/'}`],
    ['query and fragment', `${base}${isFile ? '' : '/'}?utm_source=newsletter&ref=x#pricing`],
  ];
  if (path && !isFile) variants.push(['trailing slash', `${base}/`]);
  if (rule.exact) {
    // Only the page itself: nothing below it.
  } else if (rule.host === 'github.com') {
    variants.push(['GitHub issue', `${base}/issues/12`], ['GitHub file', `${base}/blob/main/README.md`]);
  } else if (!isFile) {
    variants.push(['deep page', `${base}/docs/concepts/tools-and-agents`]);
  }
  if (rule.host.split('.').length === 2 && !NO_WWW_PAGES.has(rule.host)) {
    variants.push(['www. host', `https://www.${rule.host}${path || '/'}`]);
  }
  // Paths are matched without regard to case (docs/dataset-format.md): people type and link lower-case paths.
  if (/[A-Z]/.test(path)) variants.push(['lower-case path', `https://${rule.host}${path.toLowerCase()}`]);
  const sharedWith = sharing(product, rule);
  return variants.map(([how, url]) => ({
    productId: product.id,
    url,
    how: `${how} of ${rule.host}${path}`,
    sharedWith,
    ...(signals ? { signals } : {}),
  }));
}

function productCases(product: Product): UrlCase[] {
  const cases = product.match.flatMap((rule) => ruleCases(product, rule));
  const sharedWith = products.filter((p) => p.id !== product.id && p.homepage === product.homepage).map((p) => p.id);
  cases.push({ productId: product.id, url: product.homepage, how: 'homepage', sharedWith });
  for (const url of LOCALIZED[product.id] ?? [])
    cases.push({ productId: product.id, url, how: 'localized page', sharedWith: [] });
  return cases;
}

export const PRODUCT_IDS: readonly string[] = products.map((p) => p.id);

/** productId -> the URLs that must be recognised as that product. */
export const PRODUCT_URLS: ReadonlyMap<string, UrlCase[]> = new Map(products.map((p) => [p.id, productCases(p)]));

export const ALL_PRODUCT_URLS: readonly UrlCase[] = [...PRODUCT_URLS.values()].flat();
