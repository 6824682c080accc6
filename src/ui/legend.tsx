/** What PSF and its ratings mean, one click away: buyers who never heard of the Production AI Institute meet it here. */
import type { Rating } from '../core/model.ts';
import { RATING_ICON } from '../shared/rating-look.ts';
import { t, type MessageKey } from '../shared/i18n.ts';

const MEANING = {
  Strong: 'legend_Strong',
  Partial: 'legend_Partial',
  Gap: 'legend_Gap',
  none: 'legend_none',
} as const satisfies Record<Rating | 'none', MessageKey>;

/** `open`: shown unfolded, where there is room (the welcome page). */
export function Legend({ open }: { open?: boolean }) {
  return (
    <details class="legend" open={open}>
      <summary>{t('legend_summary')}</summary>
      <p>{t('legend_psf')}</p>
      <dl>
        {(['Strong', 'Partial', 'Gap', 'none'] as const).map((key) => (
          <div key={key}>
            <dt class={`rating rating-${key}`}>
              <span aria-hidden="true">{RATING_ICON[key]}</span> {key === 'none' ? t('rating_notCaptured') : key}
            </dt>
            <dd>{t(MEANING[key])}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
