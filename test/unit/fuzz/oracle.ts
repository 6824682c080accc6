/**
 * What every accepted dataset must be, checked without the schema that accepted it: a second, independent reading
 * of the rules that matter for trust. The fuzz tests hold the validator to it ("no invalid acceptance").
 */
import { DOMAIN_IDS, RATINGS, type Dataset } from '../../../src/core/model.ts';

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/u;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q[1-4])?$/;
const DATE_KEYS = new Set(['published', 'updated', 'date']);
const LINK_KEYS = new Set(['homepage', 'url', 'licenseUrl']);

function realDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  // Day 0 of the next month is this month's last day; setUTCFullYear keeps years below 100 as they are.
  const last = new Date(0);
  last.setUTCFullYear(Number(y), month, 0);
  return Number(d) >= 1 && Number(d) <= last.getUTCDate();
}

function safeLink(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && !url.username && !url.password;
}

/** Every breach of the rules in an accepted dataset, as `path: what`; empty when the acceptance was right. */
export function breaches(dataset: Dataset): string[] {
  const out: string[] = [];
  const walk = (value: unknown, at: string, key: string): void => {
    if (typeof value === 'string') {
      if (key !== '$schema' && INVISIBLE.test(value)) out.push(`${at}: invisible character`);
      if (DATE_KEYS.has(key) && !realDate(value)) out.push(`${at}: not a real date`);
      if (LINK_KEYS.has(key) && !safeLink(value)) out.push(`${at}: not a plain https link`);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${at}[${i}]`, key));
    } else if (value && typeof value === 'object') {
      if (Object.getPrototypeOf(value) !== Object.prototype) out.push(`${at}: not a plain object`);
      for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`, k);
    }
  };
  walk(dataset, '$', '');
  if (dataset.format !== 1) out.push('$.format');
  if (dataset.domains.length !== DOMAIN_IDS.length) out.push('$.domains: not the eight');
  const products = new Set<string>();
  for (const p of dataset.products) {
    if (products.has(p.id)) out.push(`product ${p.id}: repeated`);
    products.add(p.id);
    if (!p.match.length) out.push(`product ${p.id}: no match rule`);
  }
  const assessments = new Set<string>();
  for (const a of dataset.assessments) {
    if (assessments.has(a.id)) out.push(`assessment ${a.id}: repeated`);
    assessments.add(a.id);
    if (!products.has(a.productId)) out.push(`assessment ${a.id}: unknown product`);
    for (const [domain, rating] of Object.entries(a.ratings)) {
      if (!(DOMAIN_IDS as readonly string[]).includes(domain)) out.push(`assessment ${a.id}: domain ${domain}`);
      if (!(RATINGS as readonly string[]).includes(rating)) out.push(`assessment ${a.id}: rating ${rating}`);
    }
  }
  return out;
}
