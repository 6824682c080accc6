import { RATING_ICON } from '../shared/rating-look.ts';
import { t } from '../shared/i18n.ts';

/**
 * Said once under a table of ratings, where each missing rating is only a dash: what the dash means, so no row
 * has to repeat "not captured".
 */
export function NotCapturedNote() {
  return (
    <p class="note">
      <span aria-hidden="true">{RATING_ICON.none}</span> {t('notCaptured_note')}
    </p>
  );
}
