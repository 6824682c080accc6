import type { Headline } from '../core/summary.ts';
import { RatingLabel } from './rating.tsx';
import { t } from '../shared/i18n.ts';

/** The assessment at a glance, with what was and was not captured said plainly. */
export function HeadlineView({ headline, own }: { headline: Headline; own?: boolean | undefined }) {
  if (headline.kind === 'none') {
    return <p class="headline note">{t(own ? 'headline_noneAssessed' : 'headline_none')}</p>;
  }
  const { counts } = headline;
  if (headline.kind === 'partial') {
    // Only the ratings that occur, then how many are missing, in the reader's language: "2 Strong · 6 not captured".
    const captured = (['Strong', 'Partial', 'Gap'] as const)
      .filter((rating) => counts[rating] > 0)
      .map((rating) => `${counts[rating]} ${rating}`);
    return (
      <p class="headline">
        {[...captured, t.plural(own ? 'headline_notAssessed' : 'headline_notCaptured', 8 - headline.captured)].join(
          ' · ',
        )}
      </p>
    );
  }
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
