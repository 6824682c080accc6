/**
 * The answer to "should I worry?" in one line, derived only from the ratings: which domains are Gap, and how many
 * ratings were not captured. Then the eight ratings at a glance. Never a judgement PSF Lens made up.
 */
import { verdict } from '../core/first-steps.ts';
import { DOMAIN_IDS, type Assessment, type Domain, type DomainId } from '../core/model.ts';
import { RATING_ICON } from '../shared/rating-look.ts';
import { t } from '../shared/i18n.ts';
import { missingRating } from './own-words.ts';

/** "Observability (D4), Security (D7)"; past three, the ids alone keep the line short. */
function domainList(ids: DomainId[], names: Map<string, string>): string {
  return (ids.length > 3 ? ids : ids.map((id) => `${names.get(id) ?? id} (${id})`)).join(', ');
}

/** `own`: the organisation's own assessment, where a domain without a rating is one it did not assess. */
export function verdictText(
  assessment: Pick<Assessment, 'ratings' | 'summaryCounts'>,
  domains: readonly Domain[],
  own?: boolean,
) {
  const v = verdict(assessment);
  const captured = 8 - v.notCaptured.length;
  if (captured === 0) return [t(own ? 'verdict_noneAssessed' : 'verdict_noneCaptured')];
  const names = new Map(domains.map((d) => [d.id, d.name]));
  const counts = { partial: v.partials.length, strong: v.strong.length };
  const lines = [
    v.gaps.length
      ? t.plural('verdict_gapIn', captured, { gaps: v.gaps.length, list: domainList(v.gaps, names) })
      : // With ratings not captured, "no Gap" holds for the rated domains only: one of the others may be a Gap.
        v.notCaptured.length
        ? t.plural('verdict_noGapIn', captured, counts)
        : t('verdict_noGap', counts),
  ];
  if (v.notCaptured.length)
    lines.push(t.plural(own ? 'verdict_notAssessed' : 'verdict_notCaptured', v.notCaptured.length));
  const source = assessment.summaryCounts;
  if (source && v.notCaptured.length)
    lines.push(t('verdict_sourceCounts', { strong: source.Strong, partial: source.Partial, gap: source.Gap }));
  return lines;
}

export function Verdict({
  assessment,
  domains,
  own,
}: {
  assessment: Assessment;
  domains: readonly Domain[];
  own?: boolean | undefined;
}) {
  const [first, ...rest] = verdictText(assessment, domains, own);
  const names = new Map(domains.map((d) => [d.id, d.name]));
  return (
    <div class="verdict">
      <p class="verdict-line">{first}</p>
      {rest.length > 0 && <p class="note">{rest.join(' ')}</p>}
      <ol class="strip" aria-label={t('verdict_strip')}>
        {DOMAIN_IDS.map((id) => {
          const rating = assessment.ratings[id];
          const label = `${id} ${names.get(id) ?? ''}: ${rating ?? missingRating(own)}`;
          return (
            <li key={id} class={`cell rating-${rating ?? 'none'}`} title={label}>
              <span aria-hidden="true">
                {id} {RATING_ICON[rating ?? 'none']}
              </span>
              <span class="sr-only">{label}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
