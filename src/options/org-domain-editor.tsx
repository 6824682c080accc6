/**
 * One PSF domain of the organisation's assessment: its rating (Strong, Partial, Gap or not assessed; never Gap
 * by default), findings, practitioner actions and evidence links.
 */
import { RATINGS, type Domain, type DomainId, type Rating } from '../core/model.ts';
import { nextActionId, type DraftDomain, type OrgDraft } from '../core/org-draft.ts';
import { LineList, type Problems } from './org-fields.tsx';
import { t } from '../shared/i18n.ts';

export function DomainEditor({
  domain,
  draft,
  problems,
  onChange,
}: {
  domain: Pick<Domain, 'id' | 'name' | 'summary'>;
  draft: OrgDraft;
  problems: Problems;
  onChange(next: DraftDomain): void;
}) {
  const id: DomainId = domain.id;
  const value = draft.domains[id];
  const set = (patch: Partial<DraftDomain>) => onChange({ ...value, ...patch });
  const choices: { label: string; rating: Rating | null }[] = [
    ...RATINGS.map((rating) => ({ label: rating, rating })),
    { label: t('org_notAssessed'), rating: null },
  ];
  return (
    <fieldset class="domain-editor" aria-describedby={domain.summary ? `sum-${id}` : undefined}>
      {/* The domain's name and summary are the dataset's words: English, marked so. A dataset that does not describe
          the domain leaves its id alone. */}
      <legend>
        {id}
        {domain.name && (
          <>
            {' '}
            <span lang="en">{domain.name}</span>
          </>
        )}
      </legend>
      {domain.summary && (
        <p class="domain-summary" id={`sum-${id}`} lang="en">
          {domain.summary}
        </p>
      )}
      <div
        class="rating-choice"
        role="radiogroup"
        aria-label={t('org_ratingOf', { domain: domain.name ? `${id} ${domain.name}` : id })}
      >
        {choices.map((choice) => (
          <label key={choice.label} class={`choice rating-${(choice.rating ?? 'none').toLowerCase()}`}>
            <input
              type="radio"
              name={`rating-${id}`}
              checked={value.rating === choice.rating}
              onChange={() => set({ rating: choice.rating })}
            />
            {choice.label}
          </label>
        ))}
      </div>
      <LineList
        field={`domains.${id}.findings`}
        label={t('org_findings')}
        itemLabel={(n) => t('org_findingN', { n })}
        addLabel={t('org_addFinding')}
        lines={value.findings}
        problems={problems}
        onChange={(findings) => set({ findings })}
      />
      <LineList
        field={`domains.${id}.actions`}
        label={t('org_actions')}
        itemLabel={(n) => t('org_actionN', { n })}
        addLabel={t('org_addAction')}
        lines={value.actions.map((a) => a.text)}
        problems={problems}
        onChange={(texts, removed) => {
          // Lines keep their action's id; a new line gets a fresh one, so a checklist keeps its state.
          const kept = value.actions.filter((_, i) => i !== removed);
          const actions = texts.map((text, i) => ({ id: kept[i]?.id ?? '', text }));
          const withIds = { ...draft, domains: { ...draft.domains, [id]: { ...value, actions } } };
          for (const action of actions) if (!action.id) action.id = nextActionId(withIds, id);
          set({ actions });
        }}
      />
      <LineList
        field={`domains.${id}.evidence`}
        label={t('org_evidence')}
        itemLabel={(n) => t('org_evidenceN', { n })}
        addLabel={t('org_addEvidence')}
        isUrl
        placeholder={t('org_evidencePlaceholder')}
        lines={value.evidence}
        problems={problems}
        onChange={(evidence) => set({ evidence })}
      />
    </fieldset>
  );
}
