import { AssessmentBody } from '../ui/assessment-body.tsx';
import { ExternalLink } from '../ui/links.tsx';
import { NotFound } from './layout.tsx';
import { findEntry, useTitle, type Library } from './library-data.ts';
import type { WorkspaceApi } from './api.ts';
import { hrefFor } from './router.ts';
import { WatchPanel } from './watch-panel.tsx';

/** One product's assessment in full, as the popup shows it, with the way on to its checklist and a comparison. */
export function ProductPage({ library, productId, api }: { library: Library; productId: string; api: WorkspaceApi }) {
  const entry = findEntry(library, productId);
  useTitle(entry ? entry.product.name : 'Product not found');
  if (!entry) return <NotFound productId={productId} what="assessment" />;
  const { product, assessment } = entry;
  return (
    <article class="product-page">
      <p class="crumbs no-print">
        <a href="#/library">← Library</a>
      </p>
      <header class="page-head">
        <h1 tabIndex={-1}>{product.name}</h1>
        <p class="sub">
          {product.vendor} · {product.category} ·{' '}
          <ExternalLink href={product.homepage}>Product homepage ↗</ExternalLink>
        </p>
        <nav class="page-actions no-print" aria-label={`More about ${product.name}`}>
          {assessment && <a href={hrefFor({ kind: 'checklist', productId })}>Action checklist</a>}
          <a href={hrefFor({ kind: 'compare', productIds: [productId] })}>Compare with…</a>
          <a href={hrefFor({ kind: 'questionnaire', productId, basis: 'pai' })}>Vendor questionnaire</a>
          <a href={hrefFor({ kind: 'org-edit', recordId: null, from: productId })}>Assess this product yourself</a>
        </nav>
      </header>
      <WatchPanel api={api} productId={productId} productName={product.name} domains={library.domains} />
      {assessment ? (
        <div class="assessment-full">
          <AssessmentBody assessment={assessment} domains={library.domains} />
        </div>
      ) : (
        <p class="empty">The Production AI Institute has not published a PSF assessment of {product.name} yet.</p>
      )}
      {(library.organisation ?? []).flatMap((org) =>
        org.dataset.assessments
          .filter((a) => a.productId === productId)
          .map((own) => (
            <section
              key={`${org.id}/${own.id}`}
              class="org-assessment"
              aria-label={`Your organisation's assessment: ${own.title}`}
            >
              <p class="org-label">Your organisation's assessment · from “{org.name}” · not PAI's</p>
              <AssessmentBody assessment={own} domains={library.domains} />
            </section>
          )),
      )}
    </article>
  );
}
