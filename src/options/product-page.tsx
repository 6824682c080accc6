import { useEffect, useState } from 'preact/hooks';
import { actionCount } from '../core/first-steps.ts';
import { AssessmentBody } from '../ui/assessment-head.tsx';
import { ExternalLink } from '../ui/links.tsx';
import { Verdict } from '../ui/verdict.tsx';
import { NotFound, StateBox } from './layout.tsx';
import { findEntry, findRemoved, useTitle, type Library } from './library-data.ts';
import type { WorkspaceApi } from './api.ts';
import { hrefFor } from './router.ts';
import { KeptHistory, WatchPanel } from './watch-panel.tsx';
import { t } from '../shared/i18n.ts';

/**
 * One product's assessment in full, leading with what it says (verdict, domains, sources), then the
 * organisation's own assessments, then the watch and the rating history.
 */
export function ProductPage({ library, productId, api }: { library: Library; productId: string; api: WorkspaceApi }) {
  const entry = findEntry(library, productId);
  const removed = entry ? undefined : findRemoved(library, productId);
  useTitle(entry ? entry.product.name : (removed?.product.name ?? t('ws_notFound')));
  const actions = entry?.assessment ? actionCount(entry.assessment) : 0;
  // An update can leave a product no action while the user's checklist still holds what they set on the old ones
  // (kept, marked retired): the checklist stays a link away then.
  const [tracked, setTracked] = useState(false);
  useEffect(() => {
    setTracked(false);
    if (!entry || actions > 0) return;
    // Another product's answer, come late, is not this one's.
    let shown = true;
    api.checklist(productId).then(
      (states) => shown && setTracked(states.length > 0),
      () => {},
    );
    return () => {
      shown = false;
    };
  }, [api, productId, Boolean(entry), actions]);
  if (!entry) {
    if (!removed) return <NotFound productId={productId} what="assessment" />;
    return (
      <StateBox title={removed.product.name}>
        <p>
          {t('product_removed', { name: removed.product.name })}{' '}
          <a href={hrefFor({ kind: 'checklist', productId })}>{t('product_removedChecklist')}</a>
        </p>
        <KeptHistory api={api} productId={productId} domains={library.domains} />
        <p>
          <a href="#/library">{t('ws_backToLibrary')}</a>
        </p>
      </StateBox>
    );
  }
  const { product, assessment } = entry;
  return (
    <article class="product-page">
      <p class="crumbs no-print">
        <a href="#/library">{t('ws_crumbLibrary')}</a>
      </p>
      <header class="page-head">
        <h1 tabIndex={-1}>{product.name}</h1>
        <p class="sub">
          <span lang="en">
            {product.vendor} · {product.category}
          </span>{' '}
          · <ExternalLink href={product.homepage}>{t('product_homepage')}</ExternalLink>
        </p>
        <nav class="page-actions no-print" aria-label={t('product_more', { name: product.name })}>
          {(actions > 0 || tracked) && <a href={hrefFor({ kind: 'checklist', productId })}>{t('product_checklist')}</a>}
          <a href={hrefFor({ kind: 'compare', productIds: [productId] })}>{t('product_compare')}</a>
          <a href={hrefFor({ kind: 'questionnaire', productId, basis: 'pai' })}>{t('product_questionnaire')}</a>
          <a href={hrefFor({ kind: 'org-edit', recordId: null, from: productId })}>{t('assess_any')}</a>
        </nav>
      </header>
      {assessment ? (
        <div class="assessment-full">
          <Verdict assessment={assessment} domains={library.domains} />
          <AssessmentBody assessment={assessment} domains={library.domains} />
        </div>
      ) : (
        <p class="empty">{t('scorecard_notAssessed', { name: product.name })}</p>
      )}
      {(library.organisation ?? []).flatMap((org) =>
        org.dataset.assessments
          .filter((a) => a.productId === productId)
          .map((own) => (
            <section
              // Stryker disable next-line StringLiteral: the list comes whole with the library, never reordered
              key={`${org.id}/${own.id}`}
              class="org-assessment"
              aria-label={t('product_ownLabel', { title: own.title })}
            >
              <p class="org-label">{t('product_own', { name: org.name })}</p>
              <AssessmentBody assessment={own} domains={library.domains} own />
            </section>
          )),
      )}
      {/* One panel per product: another product's watch state, or its error, is never shown under this one. */}
      <WatchPanel
        key={productId}
        api={api}
        productId={productId}
        productName={product.name}
        domains={library.domains}
      />
    </article>
  );
}
