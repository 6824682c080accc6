/** The history of the organisation's own ratings of a product: one line per saved version, what changed. */
import type { Domain, Rating } from '../core/model.ts';
import { ratingSteps, type OrgVersion } from '../core/org-versions.ts';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';

const word = (rating: Rating | null) => rating ?? t('org_historyNone');

export function OrgHistory({
  versions,
  domains,
  onTake,
}: {
  versions: readonly OrgVersion[];
  domains: readonly Domain[];
  /** Puts a version's content back in the form, as the draft (the versions all stay). */
  onTake(version: OrgVersion): void;
}) {
  // A domain the dataset does not describe reads by its id alone.
  const label = (id: string) => {
    const name = domains.find((d) => d.id === id)?.name;
    return name ? `${id} ${name}` : id;
  };
  const steps = ratingSteps(versions).reverse();
  return (
    <details class="org-history">
      <summary>{t.plural('org_history', versions.length)}</summary>
      <ol reversed>
        {steps.map((step) => (
          <li key={step.n}>
            {rich(t('org_historyLine', { saved: t.dateTime(step.savedAt) }), {
              version: <strong>{t('org_historyVersion', { n: step.n })}</strong>,
              assessor: step.assessor,
              date: step.date,
            })}
            {step.changes.length ? (
              <ul>
                {step.changes.map((c) => (
                  <li key={c.domain}>
                    {t('org_historyChange', {
                      domain: label(c.domain),
                      from: word(c.from),
                      to: word(c.to),
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="meta">{t('org_historyNoChange')}</p>
            )}
            <button
              type="button"
              onClick={() => {
                const version = versions.find((v) => v.n === step.n);
                if (version) onTake(version);
              }}
            >
              {t('org_historyTake', { n: step.n })}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
