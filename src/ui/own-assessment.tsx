/**
 * The organisation's own assessment in the popup, for a product PAI has not assessed (one the organisation rated
 * on its own sites): the same verdict and details as PAI's, always labelled as the organisation's, never as PAI's.
 */
import type { Domain } from '../core/model.ts';
import type { TabView } from '../shared/messages.ts';
import { AssessmentDetails } from './assessment-body.tsx';
import { Verdict } from './verdict.tsx';
import { t } from '../shared/i18n.ts';

type Own = NonNullable<Extract<TabView, { kind: 'product' }>['organisation']>[number];

export function OwnAssessment({ own, domains }: { own: Own; domains: readonly Domain[] }) {
  if (!own.assessment) return null;
  return (
    <section class="own-assessment" aria-label={t('own_label')}>
      <p class="org-label">{t('own_from', { dataset: own.dataset })}</p>
      <Verdict assessment={own.assessment} domains={domains} own />
      <AssessmentDetails assessment={own.assessment} domains={domains} own />
    </section>
  );
}
