/** The assessment form: the product, its sites, who assessed what and when, and the eight domains. */
import type { ComponentChildren } from 'preact';
import { DOMAIN_IDS, type Domain } from '../core/model.ts';
import type { OrgDraft } from '../core/org-draft.ts';
import { DomainEditor } from './org-domain-editor.tsx';
import { Section, TextField, type Problems } from './org-fields.tsx';
import { SitesEditor } from './org-sites-editor.tsx';
import { t } from '../shared/i18n.ts';

export function OrgEditorForm({
  draft,
  domains,
  problems,
  nameNote,
  onChange,
}: {
  draft: OrgDraft;
  domains: readonly Domain[];
  problems: Problems;
  /** Said beside the product name (another product of the organisation's has it). */
  nameNote?: ComponentChildren;
  onChange(next: OrgDraft): void;
}) {
  const text = (field: 'name' | 'vendor' | 'category' | 'assessor' | 'date' | 'scope') => (value: string) =>
    onChange({ ...draft, [field]: value });
  return (
    <form class="org-form" onSubmit={(e) => e.preventDefault()} aria-label={t('org_form')}>
      <Section title={t('org_sectionProduct')}>
        <TextField
          field="name"
          label={t('org_productName')}
          value={draft.name}
          problems={problems}
          note={nameNote}
          onInput={text('name')}
        />
        <TextField
          field="vendor"
          label={t('org_vendor')}
          value={draft.vendor}
          problems={problems}
          onInput={text('vendor')}
        />
        <TextField
          field="category"
          label={t('org_category')}
          value={draft.category}
          problems={problems}
          onInput={text('category')}
        />
        <SitesEditor sites={draft.sites} problems={problems} onChange={(sites) => onChange({ ...draft, sites })} />
      </Section>
      <Section title={t('org_sectionAssessment')}>
        <TextField
          field="assessor"
          label={t('org_assessor')}
          hint={t('org_assessorHint')}
          value={draft.assessor}
          problems={problems}
          onInput={text('assessor')}
        />
        <TextField
          field="date"
          label={t('org_date')}
          type="date"
          value={draft.date}
          problems={problems}
          onInput={text('date')}
        />
        <TextField
          field="scope"
          label={t('org_scope')}
          hint={t('org_scopeHint')}
          multiline
          value={draft.scope}
          problems={problems}
          onInput={text('scope')}
        />
      </Section>
      <Section title={t('org_sectionDomains')}>
        <p class="field-hint">{t('org_domainsHint')}</p>
        {DOMAIN_IDS.map((id) => (
          <DomainEditor
            key={id}
            domain={domains.find((d) => d.id === id) ?? { id, name: '', summary: '' }}
            draft={draft}
            problems={problems}
            onChange={(next) => onChange({ ...draft, domains: { ...draft.domains, [id]: next } })}
          />
        ))}
      </Section>
    </form>
  );
}
