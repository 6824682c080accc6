/**
 * The draft was saved in another tab or window after this page last read it: what is typed here is not written
 * over it unasked. The user takes the other version into this form, or keeps this one (which then replaces it).
 */
import { t } from '../shared/i18n.ts';

// Announced, not focused: it comes up while the user types, and a space typed on a focused button would press it.
export function OrgOtherTab({ onShowOther, onKeepMine }: { onShowOther(): void; onKeepMine(): void }) {
  return (
    <div class="org-conflict" role="alert">
      <p>{t('org_otherTab')}</p>
      <button type="button" onClick={onShowOther}>
        {t('org_otherTabShow')}
      </button>{' '}
      <button type="button" onClick={onKeepMine}>
        {t('org_otherTabKeep')}
      </button>
    </div>
  );
}
