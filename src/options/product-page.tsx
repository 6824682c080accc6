import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { actionCount } from '../core/first-steps.ts';
import { AssessmentBody } from '../ui/assessment-head.tsx';
import { ExternalLink } from '../ui/links.tsx';
import { Verdict } from '../ui/verdict.tsx';
import { textLang } from '../ui/own-words.ts';
import { ownKey } from '../core/own-key.ts';
import { NotFound, StateBox } from './layout.tsx';
import {
  findEntry,
  findOwnProduct,
  findRemoved,
  orgShownName,
  ownAssessmentsOf,
  ownLinkLabel,
  useTitle,
  type Library,
} from './library-data.ts';
import type { Product } from '../core/model.ts';
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
  useTitle(
    entry?.product.name ?? removed?.product.name ?? findOwnProduct(library, productId)?.name ?? t('ws_notFound'),
  );
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
    const own = removed ? undefined : findOwnProduct(library, productId);
    if (own) return <OwnProductPage library={library} product={own} />;
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
      <ProductHead product={product}>
        {(actions > 0 || tracked) && <a href={hrefFor({ kind: 'checklist', productId })}>{t('product_checklist')}</a>}
        <a href={hrefFor({ kind: 'compare', productIds: [productId] })}>{t('product_compare')}</a>
        <a href={hrefFor({ kind: 'questionnaire', productId, basis: 'pai' })}>{t('product_questionnaire')}</a>
        <a href={hrefFor({ kind: 'org-edit', recordId: null, from: productId })}>{t('assess_any')}</a>
      </ProductHead>
      {assessment ? (
        <div class="assessment-full">
          <Verdict assessment={assessment} domains={library.domains} />
          <AssessmentBody assessment={assessment} domains={library.domains} />
        </div>
      ) : (
        <p class="empty">{t('scorecard_notAssessed', { name: product.name })}</p>
      )}
      {/* Each beside PAI's in the comparison, to start with. */}
      <OwnAssessments library={library} productId={productId} alongside={[productId]} />
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

/** The organisation's own assessments of the product, each labelled as such, with a way to compare it. */
function OwnAssessments({
  library,
  productId,
  alongside = [],
}: {
  library: Library;
  productId: string;
  alongside?: string[];
}) {
  return (
    <>
      {ownAssessmentsOf(library, productId).map(({ org, assessment }) => (
        <section
          // Stryker disable next-line StringLiteral: the list comes whole with the library, never reordered
          key={`${org.id}/${assessment.id}`}
          class="org-assessment"
          aria-label={t('product_ownLabel', { title: assessment.title })}
        >
          <p class="org-label">{t('product_own', { name: orgShownName(org) })}</p>
          <p class="page-actions no-print">
            {actionCount(assessment) > 0 && (
              <a href={hrefFor({ kind: 'checklist', productId: ownKey(org.id, assessment.id) })}>
                {t('product_trackOwn')}
              </a>
            )}
            <a href={hrefFor({ kind: 'compare', productIds: [...alongside, ownKey(org.id, assessment.id)] })}>
              {t('product_compareOwn')}
            </a>
          </p>
          <AssessmentBody
            assessment={assessment}
            domains={library.domains}
            own
            ownLink={ownLinkLabel(library, assessment)}
          />
        </section>
      ))}
    </>
  );
}

/**
 * A product PAI has not assessed, that the organisation has: said plainly first (neutral, not bad), then the
 * organisation's assessments. Nothing of PAI's to watch or track here.
 */
function OwnProductPage({ library, product }: { library: Library; product: Product }) {
  return (
    <article class="product-page">
      <ProductHead product={product} own>
        <a href={hrefFor({ kind: 'questionnaire', productId: product.id, basis: 'organisation' })}>
          {t('product_questionnaire')}
        </a>
      </ProductHead>
      <p class="empty">{t('scorecard_notAssessed', { name: product.name })}</p>
      <OwnAssessments library={library} productId={product.id} />
    </article>
  );
}

/**
 * The crumb, the product's name (where the page's focus goes), who makes it and its homepage, and the page's own
 * links. PAI's product data is in English; the organisation's in its own language.
 */
function ProductHead({ product, own, children }: { product: Product; own?: boolean; children: ComponentChildren }) {
  return (
    <>
      <p class="crumbs no-print">
        <a href="#/library">{t('ws_crumbLibrary')}</a>
      </p>
      <header class="page-head">
        <h1 tabIndex={-1}>{product.name}</h1>
        <p class="sub">
          <span lang={textLang(own)}>
            {product.vendor} · {product.category}
          </span>
          {product.homepage && (
            <>
              {' '}
              · <ExternalLink href={product.homepage}>{t('product_homepage')}</ExternalLink>
            </>
          )}
        </p>
        <nav class="page-actions no-print" aria-label={t('product_more', { name: product.name })}>
          {children}
        </nav>
      </header>
    </>
  );
}
