/**
 * One PSF domain of the organisation's assessment: its rating (Strong, Partial, Gap or not assessed; never Gap
 * by default), findings, practitioner actions and evidence links.
 */
import { RATINGS, type Domain, type DomainId, type Rating } from '../core/model.ts';
import { nextActionId, type DraftDomain, type OrgDraft } from '../core/org-draft.ts';
import { LineList, Problem, type Problems } from './org-fields.tsx';

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
    { label: 'Not assessed', rating: null },
  ];
  return (
    <fieldset class="domain-editor" aria-describedby={`sum-${id}`}>
      <legend>
        {id} {domain.name}
      </legend>
      <p class="domain-summary" id={`sum-${id}`}>
        {domain.summary}
      </p>
      <div class="rating-choice" role="radiogroup" aria-label={`${id} ${domain.name} rating`}>
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
        label="Findings"
        addLabel="Add a finding"
        lines={value.findings}
        problems={problems}
        onChange={(findings) => set({ findings })}
      />
      <LineList
        field={`domains.${id}.actions`}
        label="Practitioner actions"
        addLabel="Add an action"
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
        label="Evidence links"
        addLabel="Add an evidence link"
        isUrl
        placeholder="https://"
        lines={value.evidence}
        problems={problems}
        onChange={(evidence) => set({ evidence })}
      />
      <Problem field={`domains.${id}.evidence`} problems={problems} />
    </fieldset>
  );
}
