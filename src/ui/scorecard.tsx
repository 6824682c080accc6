import { dataLine } from '../shared/data-line.ts';
import type { TabView } from '../shared/messages.ts';
import { AssessmentBody } from './assessment-body.tsx';
import { ExternalLink } from './links.tsx';

export type ProductView = Extract<TabView, { kind: 'product' }>;

export interface ScorecardActions {
  setSiteHidden(hidden: boolean): void;
  /** Shows another product the same page is about. */
  choose(productId: string): void;
  /** The address of a workspace page (`/product/<id>`, `/checklist/<id>`, `/compare?products=<id>`). */
  workspaceHref?(path: string): string;
}

/** Where to go next: the product's page, its checklist, a comparison, all in the workspace (a new tab). */
function WorkspaceLinks({
  productId,
  href,
  actions,
}: {
  productId: string;
  href: (path: string) => string;
  actions: number;
}) {
  const link = (path: string, label: string) => (
    <a href={href(path)} target="_blank" rel="noopener">
      {label}
    </a>
  );
  return (
    <nav class="workspace-links" aria-label="Workspace">
      {link(`/product/${productId}`, 'Product page')}
      {link(`/checklist/${productId}`, actions ? `Checklist (${actions} actions)` : 'Checklist')}
      {link(`/compare?products=${productId}`, 'Compare with…')}
    </nav>
  );
}

/** The popup's body for a product page: the assessment, its eight domains, and where it comes from. */
export function Scorecard({ view, actions }: { view: ProductView; actions: ScorecardActions }) {
  const { product, assessment, domains, detection, dataset } = view;
  return (
    <article class="scorecard">
      <header>
        <h1>{product.name}</h1>
        <p class="sub">
          {product.vendor} · {product.category}
        </p>
        {view.alternatives.length > 0 && (
          <nav class="alternatives" aria-label="Other rated products on this page">
            Also on this page:{' '}
            {view.alternatives.map((alt) => (
              <button key={alt.id} type="button" class="link" onClick={() => actions.choose(alt.id)}>
                {alt.name}
              </button>
            ))}
          </nav>
        )}
      </header>
      {!assessment ? (
        <p class="empty">PAI has not published a PSF assessment of {product.name} yet.</p>
      ) : (
        <>
          <AssessmentBody assessment={assessment} domains={domains} />
          {view.organisation && view.organisation.length > 0 && (
            <p class="org-line">
              <strong>Your organisation's own assessment{view.organisation.length > 1 ? 's' : ''}:</strong>{' '}
              {view.organisation.map((o) => `${o.title} (from ${o.dataset})`).join('; ')}.{' '}
              {actions.workspaceHref && (
                <a href={actions.workspaceHref(`/product/${product.id}`)} target="_blank" rel="noopener">
                  Read it in the workspace
                </a>
              )}
            </p>
          )}
          {actions.workspaceHref && (
            <WorkspaceLinks
              productId={product.id}
              href={actions.workspaceHref}
              actions={Object.values(assessment.domains).reduce((n, d) => n + (d?.actions.length ?? 0), 0)}
            />
          )}
        </>
      )}
      <footer>
        <p class="why" title={`Confidence: ${detection.confidence}`}>
          Recognised: {detection.reason}
        </p>
        <p>
          {dataLine(dataset)}. Assessment by the{' '}
          <ExternalLink href={dataset.attribution.url}>{dataset.attribution.publisher}</ExternalLink>,{' '}
          <ExternalLink href={dataset.attribution.licenseUrl}>{dataset.attribution.license}</ExternalLink>.
        </p>
        <label class="toggle">
          <input
            type="checkbox"
            checked={!view.siteHidden}
            onChange={(e) => actions.setSiteHidden(!e.currentTarget.checked)}
          />
          Show the badge on {view.site}
        </label>
      </footer>
    </article>
  );
}
