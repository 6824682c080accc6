import type { Headline } from '../core/summary.ts';
import { headlineText } from '../core/summary.ts';
import { RatingLabel } from './rating.tsx';

/** The assessment at a glance, with what was and was not captured said plainly. */
export function HeadlineView({ headline }: { headline: Headline }) {
  if (headline.kind === 'none') {
    return <p class="headline note">Ratings not captured in PSF Lens's data: the full assessment has them.</p>;
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
      {headline.kind === 'source-counts' && (
        <p class="note">
          These are the assessment's own counts; {headline.captured} of 8 domain ratings are captured here. The full
          assessment has the rest.
        </p>
      )}
    </div>
  );
}
