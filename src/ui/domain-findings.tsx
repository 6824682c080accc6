import type { Conflict, DomainDetail } from '../core/model.ts';
import { ConflictNote } from './assessment-extras.tsx';
import { t } from '../shared/i18n.ts';
import { textLang } from './own-words.ts';

export interface DomainFindingsProps {
  detail: DomainDetail | undefined;
  conflicts: readonly Conflict[];
  /** Heading level of "Findings" and "What to do" under the caller's own heading. */
  heading: 'h3' | 'h4';
  /** The organisation's own assessment: its texts in its own language, its empty domain said of it. */
  own?: boolean | undefined;
}

/** A domain's findings and practitioner actions, with where the rating comes from and any disagreement. */
export function DomainFindings({ detail, conflicts, heading: Heading, own }: DomainFindingsProps) {
  const findings = detail?.findings ?? [];
  const actions = detail?.actions ?? [];
  const lang = textLang(own);
  return (
    <>
      {detail?.ratingSource && (
        <p class="note" lang={lang}>
          {detail.ratingSource}
        </p>
      )}
      {conflicts.map((conflict) => (
        <ConflictNote key={conflict.note} conflict={conflict} own={own} />
      ))}
      {findings.length > 0 && (
        <>
          <Heading>{t('details_findings')}</Heading>
          <ul lang={lang}>
            {findings.map((finding) => (
              <li key={finding}>{finding}</li>
            ))}
          </ul>
        </>
      )}
      {actions.length > 0 && (
        <>
          <Heading>{t('details_whatToDo')}</Heading>
          <ul class="actions" lang={lang}>
            {actions.map((action) => (
              <li key={action.id}>{action.text}</li>
            ))}
          </ul>
        </>
      )}
      {findings.length === 0 && actions.length === 0 && (
        <p class="note">{t(own ? 'details_noFindingsOwn' : 'details_noFindings')}</p>
      )}
    </>
  );
}
