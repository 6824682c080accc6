import type { Rating } from '../core/model.ts';
import { RATING_ICON } from '../shared/rating-look.ts';
import { missingRating } from './own-words.ts';

/**
 * A rating as text, icon and colour. A missing rating is a neutral dash: the page says once what "not captured"
 * means rather than in every row, and a screen reader still hears the words ("not assessed" in the organisation's
 * own assessment, `own`).
 */
export function RatingLabel({ rating, own }: { rating: Rating | undefined; own?: boolean | undefined }) {
  if (!rating) {
    const NOT_CAPTURED = missingRating(own);
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
