/** The assessment form: the product, its sites, who assessed what and when, and the eight domains. */
import { DOMAIN_IDS, type Domain } from '../core/model.ts';
import type { OrgDraft } from '../core/org-draft.ts';
import { DomainEditor } from './org-domain-editor.tsx';
import { Section, TextField, type Problems } from './org-fields.tsx';
import { SitesEditor } from './org-sites-editor.tsx';

export function OrgEditorForm({
  draft,
  domains,
  problems,
  onChange,
}: {
  draft: OrgDraft;
  domains: readonly Domain[];
  problems: Problems;
  onChange(next: OrgDraft): void;
}) {
  const text = (field: 'name' | 'vendor' | 'category' | 'assessor' | 'date' | 'scope') => (value: string) =>
    onChange({ ...draft, [field]: value });
  return (
    <form class="org-form" onSubmit={(e) => e.preventDefault()} aria-label="Your assessment">
      <Section title="The product">
        <TextField field="name" label="Product name" value={draft.name} problems={problems} onInput={text('name')} />
        <TextField field="vendor" label="Vendor" value={draft.vendor} problems={problems} onInput={text('vendor')} />
        <TextField
          field="category"
          label="Category"
          value={draft.category}
          problems={problems}
          onInput={text('category')}
        />
        <SitesEditor sites={draft.sites} problems={problems} onChange={(sites) => onChange({ ...draft, sites })} />
      </Section>
      <Section title="The assessment">
        <TextField
          field="assessor"
          label="Assessor"
          hint="A person or a team"
          value={draft.assessor}
          problems={problems}
          onInput={text('assessor')}
        />
        <TextField
          field="date"
          label="Date assessed"
          type="date"
          value={draft.date}
          problems={problems}
          onInput={text('date')}
        />
        <TextField
          field="scope"
          label="Scope"
          hint="What was assessed: the release, the deployment, the contract"
          multiline
          value={draft.scope}
          problems={problems}
          onInput={text('scope')}
        />
      </Section>
      <Section title="The eight PSF domains">
        <p class="field-hint">
          Rate a domain only where you have looked at it: “Not assessed” is shown as such, never as a Gap.
        </p>
        {DOMAIN_IDS.map((id) => (
          <DomainEditor
            key={id}
            domain={domains.find((d) => d.id === id) ?? { id, name: id, summary: '' }}
            draft={draft}
            problems={problems}
            onChange={(next) => onChange({ ...draft, domains: { ...draft.domains, [id]: next } })}
          />
        ))}
      </Section>
    </form>
  );
}
