import type { Rating } from '../core/model.ts';
import { NOT_CAPTURED, RATING_ICON } from '../shared/rating-look.ts';

/** A rating as text, icon and colour; a missing rating reads "not captured", in neutral grey. */
export function RatingLabel({ rating }: { rating: Rating | undefined }) {
  const key = rating ?? 'none';
  return (
    <span class={`rating rating-${key}`}>
      <span class="rating-icon" aria-hidden="true">
        {RATING_ICON[key]}
      </span>
      {rating ?? NOT_CAPTURED}
    </span>
  );
}
