/** Below the comparison: each product's assessment linked to its source, and the organisation's own beside it. */
import { t } from '../shared/i18n.ts';
import { ExternalLink } from '../ui/links.tsx';
import { orgShownName, ownAssessmentsOf, type Column, type Library } from './library-data.ts';

/**
 * Each product's assessment, linked to its source: the table's heads lead to PSF Lens's own pages, so without this
 * a printed comparison named no assessment's address (print shows each address beside its title).
 */
export function CompareSources({ library, entries }: { library: Library; entries: readonly Column[] }) {
  return (
    <section class="compare-sources" aria-labelledby="compare-sources-title">
      <h2 id="compare-sources-title">{t('compare_sources')}</h2>
      <ul>
        {entries.map(({ key, product, assessment, own, ownShown }) =>
          own && assessment ? (
            <li key={key}>
              {product.name}: {t('product_own', { name: ownShown ?? own })}:{' '}
              <ExternalLink href={assessment.url}>{assessment.title}</ExternalLink>
            </li>
          ) : (
            <li key={key}>
              {product.name}:{' '}
              {assessment ? (
                <ExternalLink href={assessment.url}>
                  <span lang="en">{assessment.title}</span>
                  <span class="no-print"> ↗</span>
                </ExternalLink>
              ) : (
                t('compare_noAssessment')
              )}
              <OwnSources own={ownAssessmentsOf(library, product.id)} />
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

/** The organisation's own assessments of a product, under PAI's: named as the organisation's, never mixed in. */
function OwnSources({ own }: { own: ReturnType<typeof ownAssessmentsOf> }) {
  if (!own.length) return null;
  return (
    <ul>
      {own.map(({ org, assessment }) => (
        <li key={`${org.id}/${assessment.id}`}>
          {t('product_own', { name: orgShownName(org) })}:{' '}
          <ExternalLink href={assessment.url}>{assessment.title}</ExternalLink>
        </li>
      ))}
    </ul>
  );
}
