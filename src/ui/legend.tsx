/** What PSF and its ratings mean, one click away: buyers who never heard of the Production AI Institute meet it here. */
import type { Rating } from '../core/model.ts';
import { NOT_CAPTURED, RATING_ICON } from '../shared/rating-look.ts';

const TEXT = {
  summary: 'What PSF and the ratings mean',
  psf: 'PSF: the Production Safety Framework, an open standard of the Production AI Institute. It rates eight domains, D1 to D8:',
  ratings: {
    Strong: "the domain's safeguards are in place.",
    Partial: 'some are in place, others are missing.',
    Gap: 'missing, or too weak to rely on.',
    none: 'neutral: the full assessment has the rating, PSF Lens does not.',
  } satisfies Record<Rating | 'none', string>,
};

/** `open`: shown unfolded, where there is room (the welcome page). */
export function Legend({ open }: { open?: boolean }) {
  return (
    <details class="legend" open={open}>
      <summary>{TEXT.summary}</summary>
      <p>{TEXT.psf}</p>
      <dl>
        {(['Strong', 'Partial', 'Gap', 'none'] as const).map((key) => (
          <div key={key}>
            <dt class={`rating rating-${key}`}>
              <span aria-hidden="true">{RATING_ICON[key]}</span> {key === 'none' ? NOT_CAPTURED : key}
            </dt>
            <dd>{TEXT.ratings[key]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
