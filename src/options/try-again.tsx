/**
 * "Try again" after a load failed. The button goes with its click (the page then says it is loading), so the keyboard
 * first moves to an element that stays, `focusTo` (the page's heading, or the content itself), not to the page's body.
 */
import { t } from '../shared/i18n.ts';

export function TryAgain({ onRetry, focusTo }: { onRetry(): void; focusTo: string }) {
  return (
    <button
      type="button"
      onClick={() => {
        // Stryker disable next-line OptionalChaining: each page names one of its own that stays (its heading, <main>).
        document.getElementById(focusTo)?.focus();
        onRetry();
      }}
    >
      {t('ws_tryAgain')}
    </button>
  );
}
