/**
 * What a page is about: the content script's lookup and its page events, and the popup's view of a tab. Each
 * reads the parts of the published host records that the tab's address reaches, as the content script does: the
 * worker never holds the whole dataset compiled, however many products it has.
 */
import { detectAll, hostIndex } from '../../core/detect.ts';
import { matchedRule } from '../../core/matched-rule.ts';
import { headline } from '../../core/summary.ts';
import { bareHost } from '../../core/url.ts';
import type { Ack, TabView } from '../../shared/messages.ts';
import { readAssessmentFor, readProduct, type Db } from '../db.ts';
import { orgViews } from './org.ts';
import { loadedDataset } from '../dataset.ts';
import { checkClaim } from '../claim.ts';
import { toolbarState, type ProductSummary } from '../describe.ts';
import type { Context, Deps, Handlers, TabState } from '../types.ts';
import { remember } from './launcher.ts';

type LookupHandlers = Pick<
  Handlers,
  'page-product' | 'page-left' | 'hide-badge-here' | 'open-details' | 'tab-view' | 'set-site-hidden'
>;

const OK: Ack = { kind: 'ok' };

function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

function contentTab(context: Context): { tabId: number; site: string; pageUrl: string } {
  if (context.from !== 'content') throw new Error('only a content script may send this');
  return { tabId: context.tabId, site: bareHost(new URL(context.pageUrl).hostname), pageUrl: context.pageUrl };
}

export function lookupHandlers(deps: Deps): LookupHandlers {
  async function isHidden(site: string): Promise<boolean> {
    return (await deps.hiddenSites.get()).includes(site);
  }

  async function summarize(db: Db, productIds: readonly string[]): Promise<ProductSummary[]> {
    const out: ProductSummary[] = [];
    const read = await Promise.all(
      productIds.map((id) => Promise.all([readProduct(db, id), readAssessmentFor(db, id)])),
    );
    for (const [product, assessment] of read) {
      if (product)
        out.push({
          productId: product.id,
          name: product.name,
          vendor: product.vendor,
          headline: assessment ? headline(assessment) : null,
        });
    }
    return out;
  }

  /**
   * What a tab shows: the content script's report while it is current, else the URL alone; 'unseen' when the
   * browser does not give PSF Lens the tab's address.
   */
  async function tabProducts(tabId: number): Promise<TabState | 'unseen' | null> {
    const url = await deps.tabs.url(tabId);
    if (!url) return 'unseen';
    const state = await deps.tabs.getState(tabId);
    if (state && sameDocument(state.url, url)) return state;
    const record = await deps.records.read(url);
    const found = record ? detectAll(hostIndex(record.rules.host, record.rules), url) : null;
    if (!Array.isArray(found)) return null;
    // detectAll answers a miss with its reason, never an empty list.
    const first = found[0]!;
    return {
      url,
      productIds: found.map((m) => m.productId),
      detection: { confidence: first.confidence, via: first.via },
    };
  }

  return {
    /**
     * Off the badge's path (the content script already showed it from storage): reads only the host's published
     * record, never the database nor the administrator's policy, so it answers at once, even on the first page
     * after install while the dataset is still being stored.
     */
    async 'page-product'(request, context) {
      const { tabId, pageUrl } = contentTab(context);
      const tabUrl = (await deps.tabs.url(tabId)) ?? pageUrl;
      const record = await deps.records.read(tabUrl);
      const check = sameDocument(tabUrl, request.url)
        ? checkClaim(record, tabUrl, request.productIds)
        : { kind: 'refused' as const, reason: 'the tab has moved on' };
      if (check.kind === 'refused') {
        await deps.toolbar(tabId, { kind: 'none' });
        return check;
      }
      await Promise.all([
        deps.tabs.setState(tabId, { url: request.url, productIds: request.productIds, detection: request.detection }),
        deps.toolbar(tabId, toolbarState(check.products)),
        remember(deps, check.products[0]!.productId),
      ]);
      return { kind: 'recorded' };
    },

    async 'page-left'(_request, context) {
      const { tabId } = contentTab(context);
      await Promise.all([deps.tabs.clearState(tabId), deps.toolbar(tabId, { kind: 'none' })]);
      return OK;
    },

    async 'hide-badge-here'(_request, context) {
      const { site } = contentTab(context);
      const sites = await deps.hiddenSites.get();
      if (!sites.includes(site)) await deps.hiddenSites.set([...sites, site].sort());
      return OK;
    },

    async 'open-details'(_request, context) {
      await deps.openDetails(contentTab(context).tabId);
      return OK;
    },

    async 'tab-view'(request): Promise<TabView> {
      const loaded = await loadedDataset(deps.dataset);
      if (!('meta' in loaded)) return loaded;
      const { meta } = loaded;
      const { key: _key, domains, ...dataset } = meta;
      const found = await tabProducts(request.tabId);
      if (found === 'unseen') return { kind: 'no-product', dataset, unseen: true };
      if (!found) return { kind: 'no-product', dataset };
      const db = await deps.db();
      const chosen =
        request.productId && found.productIds.includes(request.productId) ? request.productId : found.productIds[0];
      const own = await orgViews(deps);
      // A product only the organisation assessed (on its own sites) is shown from the organisation's data.
      const product =
        chosen === undefined
          ? undefined
          : ((await readProduct(db, chosen)) ?? own.flatMap((o) => o.dataset.products).find((p) => p.id === chosen));
      if (!product) return { kind: 'no-product', dataset };
      const [summaries] = await Promise.all([summarize(db, found.productIds), remember(deps, product.id)]);
      const alternatives = summaries.map((i) => ({ id: i.productId, name: i.name }));
      const site = bareHost(new URL(found.url).hostname);
      const organisation = own.flatMap((org) =>
        org.dataset.assessments
          .filter((a) => a.productId === product.id)
          .map((a) => ({ dataset: org.name, title: a.title, assessment: a })),
      );
      return {
        kind: 'product',
        product,
        organisation,
        alternatives: alternatives.filter((a) => a.id !== product.id),
        assessment: await readAssessmentFor(db, product.id),
        domains,
        detection: { ...found.detection, rule: matchedRule(product, found.url, found.detection.phrase) },
        dataset,
        site,
        siteHidden: await isHidden(site),
      };
    },

    async 'set-site-hidden'(request) {
      const site = bareHost(request.site);
      const sites = (await deps.hiddenSites.get()).filter((s) => s !== site);
      await deps.hiddenSites.set(request.hidden ? [...sites, site].sort() : sites);
      return OK;
    },
  };
}
