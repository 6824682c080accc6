/**
 * Why a URL is or is not a product's page: every rule of the URL's host, tried one by one, with the reason it
 * did or did not decide. For `psf-lens detect --explain` and for people writing match rules; it reads the same
 * compiled record as the matcher, so it cannot tell a different story from the one detection acts on.
 */
import { recordRules } from './compile.ts';
import { detectAll, type DetectionIndex, type Match, type PageSignals } from './detect.ts';
import { pageNames, rulesAlong, type RuleRef } from './host-rules.ts';
import { parsePageUrl } from './url.ts';

export type RuleOutcome =
  'chosen' | 'tie' | 'outranked' | 'excluded' | 'exclusion' | 'exclusion-not-applied' | 'needs-signals' | 'no-fit';

export interface RuleTrial {
  productId: string;
  rule: string;
  outcome: RuleOutcome;
  why: string;
}

export interface Explanation {
  url: string;
  host: string | null;
  products: string[];
  trials: RuleTrial[];
  summary: string;
}

export function explain(index: DetectionIndex, url: string, readSignals: () => PageSignals = () => ({})): Explanation {
  const page = parsePageUrl(url);
  const found = detectAll(index, url, readSignals);
  const matches = Array.isArray(found) ? found : [];
  const products = matches.map((m) => m.productId);
  const summary = Array.isArray(found) ? found.map((m) => `${m.productId}: ${m.reason}`).join('; ') : found.reason;
  const record = page && index.record(page.host);
  if (!page || !record) return { url, host: page?.host ?? null, products, trials: [], summary };
  const fits = rulesAlong(record, page.segments);
  const excluders = new Map(fits.filter((r) => r.x).map((r) => [r.p, r.l]));
  const chosen = new Map(matches.map((m: Match, i) => [m.productId, { m, i }]));
  const best = Math.max(0, ...fits.filter((r) => !r.x && !excluders.has(r.p)).map((r) => r.k));
  const trial = (rule: RuleRef): RuleTrial => {
    const base = { productId: rule.p, rule: rule.l };
    if (!fits.includes(rule)) {
      const path = `/${page.segments.join('/')}`;
      const why = rule.e ? `the path ${path} is not this page` : `the path ${path} does not fit`;
      return { ...base, outcome: rule.x ? 'exclusion-not-applied' : 'no-fit', why };
    }
    if (rule.x)
      return { ...base, outcome: 'exclusion', why: `this page is never ${rule.p}: exclusions win over every rule` };
    const excluder = excluders.get(rule.p);
    if (excluder) return { ...base, outcome: 'excluded', why: `fits, but ${excluder}` };
    const pick = chosen.get(rule.p);
    if (pick && pick.m.reason.startsWith(`matched ${rule.l}`)) {
      return pick.i === 0
        ? { ...base, outcome: 'chosen', why: pick.m.reason }
        : {
            ...base,
            outcome: 'tie',
            why: `fits as well as ${products[0]}, which opens first (named by the page, or more captured ratings)`,
          };
    }
    if (rule.k < best)
      return { ...base, outcome: 'outranked', why: 'fits, but a more specific rule decides this page' };
    if (rule.s && !rule.s.some((p) => pageNames(readSignals(), p))) {
      const names = rule.s.map((p) => `“${p}”`).join(' or ');
      return { ...base, outcome: 'needs-signals', why: `the address fits, but the page must also name ${names}` };
    }
    return { ...base, outcome: 'outranked', why: 'fits, but another rule of this product decides' };
  };
  return { url, host: page.host, products, trials: recordRules(record.root).map(({ rule }) => trial(rule)), summary };
}
