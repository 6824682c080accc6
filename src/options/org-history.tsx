/** The history of the organisation's own ratings of a product: one line per saved version, what changed. */
import { describeChange } from '../core/history.ts';
import type { Domain } from '../core/model.ts';
import { ratingSteps, type OrgVersion } from '../core/org-versions.ts';

export function OrgHistory({ versions, domains }: { versions: readonly OrgVersion[]; domains: readonly Domain[] }) {
  const name = (id: string) => domains.find((d) => d.id === id)?.name ?? id;
  const steps = ratingSteps(versions).reverse();
  return (
    <details class="org-history">
      <summary>
        History of your ratings ({versions.length} version{versions.length === 1 ? '' : 's'})
      </summary>
      <ol reversed>
        {steps.map((step) => (
          <li key={step.n}>
            <strong>Version {step.n}</strong>, saved {new Date(step.savedAt).toLocaleString()} · assessed by{' '}
            {step.assessor} on {step.date}
            {step.changes.length ? (
              <ul>
                {step.changes.map((c) => (
                  <li key={c.domain}>{describeChange(c, name).replaceAll('not captured', 'not assessed')}</li>
                ))}
              </ul>
            ) : (
              <p class="meta">No rating changed.</p>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
