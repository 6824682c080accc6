import type { Headline } from '../core/summary.ts';
import { headlineText } from '../core/summary.ts';
import { RatingLabel } from './rating.tsx';
import { t } from '../shared/i18n.ts';

/** The assessment at a glance, with what was and was not captured said plainly. */
export function HeadlineView({ headline }: { headline: Headline }) {
  if (headline.kind === 'none') {
    return <p class="headline note">{t('headline_none')}</p>;
  }
  if (headline.kind === 'partial') {
    return <p class="headline">{headlineText(headline)}</p>;
  }
  const { counts } = headline;
  return (
    <div class="headline">
      <p class="counts">
        {(['Strong', 'Partial', 'Gap'] as const).map((rating) => (
          <span key={rating} class="count">
            <strong>{counts[rating]}</strong> <RatingLabel rating={rating} />
          </span>
        ))}
      </p>
      {headline.kind === 'source-counts' && <p class="note">{t('headline_sourceCounts', { n: headline.captured })}</p>}
    </div>
  );
}
