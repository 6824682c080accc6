/** Where the product lives: host and optional path prefix per line, each validated beside its own input. */
import type { OrgSite } from '../core/org-draft.ts';
import { Problem, type Problems } from './org-fields.tsx';

export function SitesEditor({
  sites,
  problems,
  onChange,
}: {
  sites: readonly OrgSite[];
  problems: Problems;
  onChange(sites: OrgSite[]): void;
}) {
  const set = (i: number, patch: Partial<OrgSite>) => onChange(sites.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  return (
    <fieldset class="sites-editor">
      <legend>The vendor's sites</legend>
      <p class="field-hint">
        A host such as <code>vendor.example</code>, and a path such as <code>/product</code> when only part of the site
        is about this product. PSF Lens shows your assessment on these pages, once you allow it.
      </p>
      {sites.map((site, i) => {
        const hostBad = problems.has(`sites.${i}.host`);
        const pathBad = problems.has(`sites.${i}.path`);
        return (
          <div class="site-line" key={i}>
            <input
              type="text"
              value={site.host}
              placeholder="vendor.example"
              aria-label={`Site ${i + 1}: host`}
              aria-invalid={hostBad || undefined}
              aria-describedby={hostBad ? `f-sites-${i}-host-problem` : undefined}
              onInput={(e) => set(i, { host: e.currentTarget.value })}
            />
            <input
              type="text"
              value={site.path}
              placeholder="/path (optional)"
              aria-label={`Site ${i + 1}: path`}
              aria-invalid={pathBad || undefined}
              aria-describedby={pathBad ? `f-sites-${i}-path-problem` : undefined}
              onInput={(e) => set(i, { path: e.currentTarget.value })}
            />
            <button type="button" class="remove" onClick={() => onChange(sites.filter((_, j) => j !== i))}>
              Remove<span class="sr-only">{` site ${i + 1}`}</span>
            </button>
            <Problem field={`sites.${i}.host`} problems={problems} />
            <Problem field={`sites.${i}.path`} problems={problems} />
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...sites, { host: '', path: '' }])}>
        Add a site
      </button>
      <Problem field="sites" problems={problems} />
    </fieldset>
  );
}
