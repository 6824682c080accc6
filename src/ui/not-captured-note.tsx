import { RATING_ICON } from '../shared/rating-look.ts';

/**
 * Said once under a table of ratings, where each missing rating is only a dash: what the dash means, so no row
 * has to repeat "not captured".
 */
export function NotCapturedNote() {
  return (
    <p class="note">
      <span aria-hidden="true">{RATING_ICON.none}</span> not captured: PSF Lens’s data lacks that rating, which counts
      neither way; the linked assessment has it.
    </p>
  );
}
