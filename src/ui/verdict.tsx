/**
 * The answer to "should I worry?" in one line, derived only from the ratings: which domains are Gap, and how many
 * ratings were not captured. Then the eight ratings at a glance. Never a judgement PSF Lens made up.
 */
import { verdict } from '../core/first-steps.ts';
import { DOMAIN_IDS, type Assessment, type Domain, type DomainId } from '../core/model.ts';
import { plural } from '../core/plural.ts';
import { NOT_CAPTURED, RATING_ICON } from '../shared/rating-look.ts';

const TEXT = {
  noneCaptured: 'No rating captured here: the full assessment has all eight.',
  gapIn: (gaps: number, of: number, list: string) =>
    `Gap in ${gaps} of ${plural(of, { one: '# rated domain', other: '# rated domains' })}: ${list}.`,
  noGap: (partial: number, strong: number) => `No domain rated Gap: ${partial} Partial, ${strong} Strong.`,
  notCaptured: (n: number) => `${n} of 8 ratings not captured.`,
  sourceCounts: (s: number, p: number, g: number) => `The assessment's own count: ${s} Strong, ${p} Partial, ${g} Gap.`,
  strip: 'The eight domain ratings',
};

/** "Observability (D4), Security (D7)"; past three, the ids alone keep the line short. */
function domainList(ids: DomainId[], names: Map<string, string>): string {
  return (ids.length > 3 ? ids : ids.map((id) => `${names.get(id) ?? id} (${id})`)).join(', ');
}

export function verdictText(assessment: Pick<Assessment, 'ratings' | 'summaryCounts'>, domains: readonly Domain[]) {
  const v = verdict(assessment);
  const captured = 8 - v.notCaptured.length;
  if (captured === 0) return [TEXT.noneCaptured];
  const names = new Map(domains.map((d) => [d.id, d.name]));
  const lines = [
    v.gaps.length
      ? TEXT.gapIn(v.gaps.length, captured, domainList(v.gaps, names))
      : TEXT.noGap(v.partials.length, v.strong.length),
  ];
  if (v.notCaptured.length) lines.push(TEXT.notCaptured(v.notCaptured.length));
  const own = assessment.summaryCounts;
  if (own && v.notCaptured.length) lines.push(TEXT.sourceCounts(own.Strong, own.Partial, own.Gap));
  return lines;
}

export function Verdict({ assessment, domains }: { assessment: Assessment; domains: readonly Domain[] }) {
  const [first, ...rest] = verdictText(assessment, domains);
  const names = new Map(domains.map((d) => [d.id, d.name]));
  return (
    <div class="verdict">
      <p class="verdict-line">{first}</p>
      {rest.length > 0 && <p class="note">{rest.join(' ')}</p>}
      <ol class="strip" aria-label={TEXT.strip}>
        {DOMAIN_IDS.map((id) => {
          const rating = assessment.ratings[id];
          const label = `${id} ${names.get(id) ?? ''}: ${rating ?? NOT_CAPTURED}`;
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
