/**
 * The actions to take first (Gap domains, then Partial, in the assessment's order), each opening its item in the
 * workspace's checklist. A product without actions says so and points at the full assessment instead. With none
 * to take first, it says whether some are for domains whose rating is not captured: those may be Gap or Partial,
 * so the popup must not read as if none were.
 */
import { actionCount, topActions } from '../core/first-steps.ts';
import { DOMAIN_IDS, type Assessment } from '../core/model.ts';
import { RATING_ICON } from '../shared/rating-look.ts';
import { ExternalLink } from './links.tsx';
import { t } from '../shared/i18n.ts';

export interface FirstActionsProps {
  assessment: Assessment;
  productName: string;
  /** A workspace address: `/checklist/<product>` and `/checklist/<product>?action=<id>`. */
  href(path: string): string;
}

export function FirstActions({ assessment, productName, href }: FirstActionsProps) {
  const total = actionCount(assessment);
  const first = topActions(assessment);
  const unrated = DOMAIN_IDS.some((id) => !assessment.ratings[id] && assessment.domains[id]?.actions.length);
  const checklist = `/checklist/${encodeURIComponent(assessment.productId)}`;
  return (
    <section class="first" aria-labelledby="first-heading">
      <h2 id="first-heading">{t('first_heading')}</h2>
      {total === 0 ? (
        <p>
          {t('first_none', { name: productName })}{' '}
          <ExternalLink href={assessment.url}>{t('assessment_read')}</ExternalLink>
        </p>
      ) : (
        <>
          {first.length === 0 && <p>{t(unrated ? 'first_notCaptured' : 'first_noneFirst')}</p>}
          <ol class="first-actions">
            {first.map(({ domain, rating, action }) => (
              <li key={action.id}>
                <a href={href(`${checklist}?action=${encodeURIComponent(action.id)}`)} target="_blank" rel="noopener">
                  <span class={`tag rating-${rating}`}>
                    <span aria-hidden="true">{RATING_ICON[rating]}</span> {rating} · {domain}
                  </span>{' '}
                  {action.text}
                </a>
              </li>
            ))}
          </ol>
          <p>
            <a href={href(checklist)} target="_blank" rel="noopener">
              {t.plural('first_all', total)}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
