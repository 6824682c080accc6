/**
 * The actions to take first (Gap domains, then Partial, in the assessment's order), each opening its item in the
 * workspace's checklist. A product without actions says so and points at the full assessment instead.
 */
import { actionCount, topActions } from '../core/first-steps.ts';
import type { Assessment } from '../core/model.ts';
import { plural } from '../core/plural.ts';
import { RATING_ICON } from '../shared/rating-look.ts';
import { ExternalLink } from './links.tsx';

const TEXT = {
  heading: 'Do first',
  all: (n: number) => plural(n, { one: 'The 1 action in the checklist', other: 'All # actions in the checklist' }),
  noneFirst: 'No action of the assessment is for a Gap or Partial domain.',
  none: (name: string) => `The assessment lists no practitioner actions for ${name}.`,
  read: 'Read the full assessment ↗',
};

export interface FirstActionsProps {
  assessment: Assessment;
  productName: string;
  /** A workspace address: `/checklist/<product>` and `/checklist/<product>?action=<id>`. */
  href(path: string): string;
}

export function FirstActions({ assessment, productName, href }: FirstActionsProps) {
  const total = actionCount(assessment);
  const first = topActions(assessment);
  const checklist = `/checklist/${encodeURIComponent(assessment.productId)}`;
  return (
    <section class="first" aria-labelledby="first-heading">
      <h2 id="first-heading">{TEXT.heading}</h2>
      {total === 0 ? (
        <p>
          {TEXT.none(productName)} <ExternalLink href={assessment.url}>{TEXT.read}</ExternalLink>
        </p>
      ) : (
        <>
          {first.length === 0 && <p>{TEXT.noneFirst}</p>}
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
              {TEXT.all(total)}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
