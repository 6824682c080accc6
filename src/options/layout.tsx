/** The frame of every workspace page: the name, the navigation, the data's age and source, the attribution. */
import { versionLine } from '../shared/data-line.ts';
import { t } from '../shared/i18n.ts';
import type { ComponentChildren } from 'preact';
import type { DatasetInfo } from '../shared/messages.ts';
import { ExternalLink } from '../ui/links.tsx';
import { rich } from '../ui/rich.tsx';
import { parseOwnKey } from '../core/own-key.ts';
import { hrefFor, type Route } from './router.ts';

export function Header({
  route,
  picked,
  dataset,
}: {
  route: Route;
  picked: readonly string[];
  dataset: DatasetInfo | null;
}) {
  const compareHref = hrefFor({ kind: 'compare', productIds: [...picked] });
  return (
    <header class="top no-print">
      <a class="skip" href="#main" onClick={skipToMain}>
        {t('ws_skip')}
      </a>
      <a class="brand" href="#/library">
        PSF Lens <span class="brand-sub">{t('ws_brand')}</span>
      </a>
      <nav aria-label={t('ws_nav')}>
        <a href="#/library" aria-current={route.kind === 'library' ? 'page' : undefined}>
          {t('ws_library')}
        </a>
        {(picked.length > 0 || route.kind === 'compare') && (
          <a href={compareHref} aria-current={route.kind === 'compare' ? 'page' : undefined}>
            {t('ws_compare', { n: picked.length })}
          </a>
        )}
        <a href="#/organisation" aria-current={route.kind === 'organisation' ? 'page' : undefined}>
          {t('ws_organisation')}
        </a>
        <a href="#/settings" aria-current={route.kind === 'settings' ? 'page' : undefined}>
          {t('ws_settings')}
        </a>
      </nav>
      <p class="data-line">{versionLine(dataset)}</p>
    </header>
  );
}

/** The skip link must not change the hash: the hash is the route. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  // Stryker disable next-line OptionalChaining: the workspace's frame always has its <main>.
  document.getElementById('main')?.focus();
}

export function Footer({ dataset }: { dataset: DatasetInfo | null }) {
  if (!dataset) return null;
  const { attribution } = dataset;
  return (
    <footer class="attribution">
      <p>
        {rich(t('ws_attribution'), {
          publisher: <ExternalLink href={attribution.url}>{attribution.publisher}</ExternalLink>,
          license: <ExternalLink href={attribution.licenseUrl}>{attribution.license}</ExternalLink>,
        })}
      </p>
    </footer>
  );
}

/** A page-level state: loading, an error with a way out, not found. */
export function StateBox({
  role,
  title,
  children,
}: {
  role?: 'alert' | 'status';
  title: string;
  children?: ComponentChildren;
}) {
  return (
    <section class="state" role={role}>
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </section>
  );
}

const NOT_FOUND = { assessment: 'ws_notFoundAssessment', checklist: 'ws_notFoundChecklist' } as const;

export function NotFound({ productId, what }: { productId: string; what: keyof typeof NOT_FOUND }) {
  // The key of one of the organisation's own assessments: gone from its files, not from PAI's library.
  const own = parseOwnKey(productId);
  return (
    <StateBox title={t(own ? 'ws_notFoundOwn' : 'ws_notFound')}>
      <p>
        {own
          ? rich(t('ws_notFoundOwnChecklist'), { id: <code>{own.assessmentId}</code> })
          : rich(t(NOT_FOUND[what]), { id: <code>{productId}</code> })}
      </p>
      <p>
        <a href="#/library">{t('ws_backToLibrary')}</a>
      </p>
    </StateBox>
  );
}
