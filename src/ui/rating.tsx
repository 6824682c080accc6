import type { Rating } from '../core/model.ts';
import { RATING_ICON } from '../shared/rating-look.ts';
import { t } from '../shared/i18n.ts';

/**
 * A rating as text, icon and colour. A missing rating is a neutral dash: the page says once what "not captured"
 * means rather than in every row, and a screen reader still hears the words.
 */
export function RatingLabel({ rating }: { rating: Rating | undefined }) {
  if (!rating) {
    const NOT_CAPTURED = t('rating_notCaptured');
    return (
      <span class="rating rating-none" title={NOT_CAPTURED}>
        <span aria-hidden="true">{RATING_ICON.none}</span>
        <span class="sr-only">{NOT_CAPTURED}</span>
      </span>
    );
  }
  return (
    <span class={`rating rating-${rating}`}>
      <span class="rating-icon" aria-hidden="true">
        {RATING_ICON[rating]}
      </span>
      {rating}
    </span>
  );
}
