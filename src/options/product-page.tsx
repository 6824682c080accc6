import { actionCount } from '../core/first-steps.ts';
import { AssessmentBody } from '../ui/assessment-head.tsx';
import { ExternalLink } from '../ui/links.tsx';
import { Verdict } from '../ui/verdict.tsx';
import { NotFound } from './layout.tsx';
import { findEntry, useTitle, type Library } from './library-data.ts';
import type { WorkspaceApi } from './api.ts';
import { hrefFor } from './router.ts';
import { WatchPanel } from './watch-panel.tsx';

const TEXT = {
  notFound: 'Product not found',
  back: '← Library',
  homepage: 'Product homepage ↗',
  more: (name: string) => `More about ${name}`,
  checklist: 'Action checklist',
  compare: 'Compare with…',
  questionnaire: 'Vendor questionnaire',
  assessYourself: 'Assess this product yourself',
  notAssessed: (name: string) => `The Production AI Institute has not published a PSF assessment of ${name} yet.`,
  ownLabel: (title: string) => `Your organisation's assessment: ${title}`,
  own: (name: string) => `Your organisation's assessment · from “${name}” · not PAI's`,
};

/**
 * One product's assessment in full, leading with what it says (verdict, domains, sources), then the
 * organisation's own assessments, then the watch and the rating history.
 */
export function ProductPage({ library, productId, api }: { library: Library; productId: string; api: WorkspaceApi }) {
  const entry = findEntry(library, productId);
  useTitle(entry ? entry.product.name : TEXT.notFound);
  if (!entry) return <NotFound productId={productId} what="assessment" />;
  const { product, assessment } = entry;
  return (
    <article class="product-page">
      <p class="crumbs no-print">
        <a href="#/library">{TEXT.back}</a>
      </p>
      <header class="page-head">
        <h1 tabIndex={-1}>{product.name}</h1>
        <p class="sub">
          {product.vendor} · {product.category} · <ExternalLink href={product.homepage}>{TEXT.homepage}</ExternalLink>
        </p>
        <nav class="page-actions no-print" aria-label={TEXT.more(product.name)}>
          {assessment && actionCount(assessment) > 0 && (
            <a href={hrefFor({ kind: 'checklist', productId })}>{TEXT.checklist}</a>
          )}
          <a href={hrefFor({ kind: 'compare', productIds: [productId] })}>{TEXT.compare}</a>
          <a href={hrefFor({ kind: 'questionnaire', productId, basis: 'pai' })}>{TEXT.questionnaire}</a>
          <a href={hrefFor({ kind: 'org-edit', recordId: null, from: productId })}>{TEXT.assessYourself}</a>
        </nav>
      </header>
      {assessment ? (
        <div class="assessment-full">
          <Verdict assessment={assessment} domains={library.domains} />
          <AssessmentBody assessment={assessment} domains={library.domains} />
        </div>
      ) : (
        <p class="empty">{TEXT.notAssessed(product.name)}</p>
      )}
      {(library.organisation ?? []).flatMap((org) =>
        org.dataset.assessments
          .filter((a) => a.productId === productId)
          .map((own) => (
            <section key={`${org.id}/${own.id}`} class="org-assessment" aria-label={TEXT.ownLabel(own.title)}>
              <p class="org-label">{TEXT.own(org.name)}</p>
              <AssessmentBody assessment={own} domains={library.domains} />
            </section>
          )),
      )}
      <WatchPanel api={api} productId={productId} productName={product.name} domains={library.domains} />
    </article>
  );
}
