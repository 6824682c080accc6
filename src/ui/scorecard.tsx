/**
 * The popup for a product page. The first screen (400x600, no scrolling) answers "should I worry, and what
 * first?": the product and who rated it, the verdict, the actions to take first, what PSF means. The full
 * assessment follows below, then where the data comes from.
 */
import { dataLine } from '../shared/data-line.ts';
import type { TabView } from '../shared/messages.ts';
import { t } from '../shared/i18n.ts';
import { AssessLink, assessPath } from './assess-link.tsx';
import { AssessmentDetails } from './assessment-body.tsx';
import { FirstActions } from './first-actions.tsx';
import { Legend } from './legend.tsx';
import { ExternalLink } from './links.tsx';
import { OwnAssessment } from './own-assessment.tsx';
import { Verdict } from './verdict.tsx';

export type ProductView = Extract<TabView, { kind: 'product' }>;

export interface ScorecardActions {
  setSiteHidden(hidden: boolean): void;
  /** Shows another product the same page is about. */
  choose(productId: string): void;
  /** The address of a workspace page (`/product/<id>`, `/checklist/<id>`, `/compare?products=<id>`). */
  workspaceHref(path: string): string;
}

export function Scorecard({ view, actions }: { view: ProductView; actions: ScorecardActions }) {
  const { product, assessment, domains, detection, dataset } = view;
  const href = actions.workspaceHref;
  const { rule } = detection;
  const link = (path: string, label: string) => (
    <a href={href(path)} target="_blank" rel="noopener">
      {label}
    </a>
  );
  return (
    <>
      <main class="scorecard">
        <header class="head">
          <h1 tabIndex={-1}>{product.name}</h1>
          <p class="sub">
            {product.vendor} · {product.category}
          </p>
          {assessment && (
            <p class="rated-by">
              {[
                t('scorecard_ratedBy', { publisher: dataset.attribution.publisher }),
                assessment.psfVersion,
                assessment.published,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          )}
          {view.alternatives.length > 0 && (
            <nav class="alternatives" aria-label={t('scorecard_alsoLabel')}>
              {t('scorecard_alsoHere')}{' '}
              {view.alternatives.map((alt) => (
                <button key={alt.id} type="button" class="link" onClick={() => actions.choose(alt.id)}>
                  {alt.name}
                </button>
              ))}
            </nav>
          )}
        </header>
        {!assessment ? (
          <>
            <p class="empty">{t('scorecard_notAssessed', { name: product.name })}</p>
            {/* Its page in the workspace: the organisation's assessment whole, to compare and to track. */}
            {view.organisation?.[0]?.assessment && (
              <>
                <OwnAssessment own={view.organisation[0]} domains={domains} />
                <p>{link(`/product/${encodeURIComponent(product.id)}`, t('scorecard_readOwn'))}</p>
              </>
            )}
          </>
        ) : (
          <>
            <Verdict assessment={assessment} domains={domains} />
            <FirstActions assessment={assessment} productName={product.name} href={href} />
            <Legend />
            <nav class="workspace-links" aria-label={t('scorecard_workspace')}>
              {link(`/product/${encodeURIComponent(product.id)}`, t('scorecard_productPage'))}
              {link(`/compare?products=${encodeURIComponent(product.id)}`, t('scorecard_compare'))}
              <AssessLink href={href(assessPath(product.id))} productName={product.name} />
            </nav>
            {view.organisation && view.organisation.length > 0 && (
              <p class="org-line">
                {t('scorecard_own', {
                  titles: view.organisation
                    .map((o) => t('scorecard_ownFrom', { title: o.title, dataset: o.dataset }))
                    .join('; '),
                })}{' '}
                {link(`/product/${encodeURIComponent(product.id)}`, t('scorecard_readOwn'))}
              </p>
            )}
            <AssessmentDetails assessment={assessment} domains={domains} />
          </>
        )}
      </main>
      <footer>
        {rule && (
          <p class="why">
            {t(
              rule.exact
                ? rule.path
                  ? 'scorecard_recognisedPage'
                  : 'scorecard_recognisedHome'
                : rule.path
                  ? 'scorecard_recognisedPath'
                  : 'scorecard_recognisedSite',
              { host: rule.host, path: rule.path },
            )}
            {detection.phrase && ` ${t('scorecard_recognisedNames', { phrase: detection.phrase })}`}
          </p>
        )}
        <p>
          {dataLine(dataset)}. {t('scorecard_source')}{' '}
          <ExternalLink href={dataset.attribution.url}>{dataset.attribution.publisher}</ExternalLink>,{' '}
          <ExternalLink href={dataset.attribution.licenseUrl}>{dataset.attribution.license}</ExternalLink>.
        </p>
        <label class="toggle">
          <input
            type="checkbox"
            checked={!view.siteHidden}
            onChange={(e) => actions.setSiteHidden(!e.currentTarget.checked)}
          />
          {t('scorecard_showBadge', { site: view.site })}
        </label>
      </footer>
    </>
  );
}
