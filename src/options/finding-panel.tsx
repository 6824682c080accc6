import { useEffect, useRef } from 'preact/hooks';
import type { Domain } from '../core/model.ts';
import { DomainFindings } from '../ui/domain-findings.tsx';
import { ExternalLink } from '../ui/links.tsx';
import { RatingLabel } from '../ui/rating.tsx';
import { PANEL_ID } from './compare-table.tsx';
import { hrefFor } from './router.ts';
import { columnName, ownLinkLabel, type Column, type Library } from './library-data.ts';
import { t } from '../shared/i18n.ts';

export interface FindingPanelProps {
  library: Library;
  entry: Column;
  domain: Domain;
  onClose(): void;
}

/** One product's findings and actions for one domain, below the comparison. Escape or Close shuts it. */
export function FindingPanel({ library, entry, domain, onClose }: FindingPanelProps) {
  const { product, assessment, own, ownShown } = entry;
  const heading = useRef<HTMLHeadingElement>(null);
  // Stryker disable next-line OptionalChaining: the heading is rendered before any effect runs
  // By the column's key: two of the organisation's assessments of one product, from one file, are two columns.
  useEffect(() => heading.current?.focus(), [entry.key, domain.id]);
  const rating = assessment?.ratings[domain.id];
  const detail = assessment?.domains[domain.id];
  const actions = detail?.actions ?? [];
  const conflicts = assessment?.conflicts?.filter((c) => c.domain === domain.id) ?? [];
  return (
    <section
      id={PANEL_ID}
      class="finding-panel no-print"
      aria-labelledby={`${PANEL_ID}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div class="panel-head">
        <h2 id={`${PANEL_ID}-title`} ref={heading} tabIndex={-1}>
          {columnName(entry)}: {domain.id} <span lang="en">{domain.name}</span>
        </h2>
        <button type="button" aria-label={t('finding_closeLabel')} onClick={onClose}>
          {t('finding_close')}
        </button>
      </div>
      {own && <p class="org-label">{t('product_own', { name: ownShown ?? own })}</p>}
      <p>
        <RatingLabel rating={rating} own={Boolean(own)} />
      </p>
      {domain.summary && (
        <p class="domain-summary" lang="en">
          {domain.summary}
        </p>
      )}
      {!assessment && <p class="note">{t('scorecard_notAssessed', { name: product.name })}</p>}
      {assessment && <DomainFindings detail={detail} conflicts={conflicts} heading="h3" own={Boolean(own)} />}
      {assessment && (
        <p class="panel-links">
          <ExternalLink href={assessment.url}>
            {own ? ownLinkLabel(library, assessment) : t('assessment_read')}
          </ExternalLink>
          {/* PAI's assessment's checklist, or the organisation's. */}
          {actions.length > 0 && (
            <a href={hrefFor({ kind: 'checklist', productId: entry.key })}>{t('finding_track')}</a>
          )}
        </p>
      )}
    </section>
  );
}
