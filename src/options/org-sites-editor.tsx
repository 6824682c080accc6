/** Where the product lives: host and optional path prefix per line, each validated beside its own input. */
import type { OrgSite } from '../core/org-draft.ts';
import { Problem, problemId, useLineFocus, type Problems } from './org-fields.tsx';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';

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
  const focus = useLineFocus<HTMLFieldSetElement>(sites.length);
  return (
    <fieldset class="sites-editor" ref={focus.box}>
      <legend>{t('org_sites')}</legend>
      <p class="field-hint">
        {rich(t('org_sitesHint'), {
          host: <code>{t('org_exampleHost')}</code>,
          path: <code>{t('org_examplePath')}</code>,
        })}
      </p>
      {sites.map((site, i) => {
        const hostBad = problems.has(`sites.${i}.host`);
        const pathBad = problems.has(`sites.${i}.path`);
        return (
          <div class="line site-line" key={i}>
            <input
              type="text"
              value={site.host}
              placeholder={t('org_exampleHost')}
              aria-label={t('org_siteHost', { n: i + 1 })}
              aria-invalid={hostBad || undefined}
              aria-describedby={hostBad ? problemId(`sites.${i}.host`) : undefined}
              onInput={(e) => set(i, { host: e.currentTarget.value })}
            />
            <input
              type="text"
              value={site.path}
              placeholder={t('org_pathPlaceholder')}
              aria-label={t('org_sitePath', { n: i + 1 })}
              aria-invalid={pathBad || undefined}
              aria-describedby={pathBad ? problemId(`sites.${i}.path`) : undefined}
              onInput={(e) => set(i, { path: e.currentTarget.value })}
            />
            <button
              type="button"
              class="remove"
              aria-label={t('org_removeNamed', { item: t('org_siteN', { n: i + 1 }) })}
              onClick={() => {
                focus.focusLine(i);
                onChange(sites.filter((_, j) => j !== i));
              }}
            >
              {t('org_remove')}
            </button>
            <Problem field={`sites.${i}.host`} problems={problems} />
            <Problem field={`sites.${i}.path`} problems={problems} />
          </div>
        );
      })}
      <button
        type="button"
        ref={focus.add}
        onClick={() => {
          focus.focusLine(sites.length);
          onChange([...sites, { host: '', path: '' }]);
        }}
      >
        {t('org_addSite')}
      </button>
      <Problem field="sites" problems={problems} />
    </fieldset>
  );
}
