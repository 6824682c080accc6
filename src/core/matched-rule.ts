/**
 * Which of a product's own match rules a page's address fits, in parts (host, path, whole page or prefix) that the
 * popup words in the user's language: the host records carry an English label only, for the command line, and the
 * content script sends no sentence. Pure: the background calls it for the tab's address and the product it shows.
 */
import { compileRecords, specificity, type ProductRules } from './compile.ts';
import { rulesAlong } from './host-rules.ts';
import { withAliases } from './match-patterns.ts';
import { bareHost, pageSegments, parsePageUrl } from './url.ts';

export interface RuleParts {
  host: string;
  /** The rule's path as the dataset writes it ("/codex", "/project/langchain-*"); empty for the whole host. */
  path: string;
  /** The page itself rather than everything under it. */
  exact: boolean;
}

/**
 * The most specific of the product's rules that fits `url`. A rule that also asks for the page's words counts only
 * with `phrase`, the one the page named (the content script says which); none fits: undefined.
 */
export function matchedRule(product: ProductRules, url: string, phrase?: string): RuleParts | undefined {
  const page = parsePageUrl(url);
  if (!page) return undefined;
  let best: { k: number; parts: RuleParts } | undefined;
  for (const rule of withAliases(product.match)) {
    if (bareHost(rule.host) !== page.host) continue;
    if (rule.signals?.length && !(phrase && rule.signals.includes(phrase))) continue;
    // The rule compiled alone walks the page's path exactly as detection does (locales, globs, exact pages).
    const record = compileRecords([{ id: product.id, match: [rule] }]).get(page.host);
    if (!record || !rulesAlong(record, page.segments).length) continue;
    const k = specificity(pageSegments(page.host, rule.path ?? ''), rule.exact === true, false);
    const path = rule.path && rule.path !== '/' ? rule.path : '';
    if (!best || k > best.k) best = { k, parts: { host: page.host, path, exact: rule.exact === true } };
  }
  return best?.parts;
}
