/**
 * What the last import, replacement or delete on #/organisation ended in, where the user chose the file: the counts
 * taken, the problems of a refused file at their paths, the file that is imported already, the choice a file that is
 * another version of an import asks for, and Undo.
 */
import { t } from '../shared/i18n.ts';
import type { ImportedEntry, OrgDatasetView } from '../shared/messages.ts';
import { datasetProblemText } from './dataset-problem-text.ts';
import { rich } from '../ui/rich.tsx';

export type Outcome =
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  /** Deleted from this page, with Undo: the page holds the whole dataset until it goes. */
  | { kind: 'deleted'; org: OrgDatasetView }
  /**
   * Replaced by a file, with Undo: the page holds the import as it was before, and the import time of the file that
   * replaced it (Undo puts nothing back over another tab's later change).
   */
  | { kind: 'replaced'; text: string; before: OrgDatasetView; over: number }
  | {
      kind: 'refused';
      file: string;
      issues: { path: string; message: string }[];
    }
  | { kind: 'error'; text: string }
  /** The file is imported already, as `entry`: nothing was added. */
  | { kind: 'same-file'; file: string; entry: ImportedEntry }
  /** Another version of `entry`: held here until the user replaces `entry` with it or imports it beside. */
  | {
      kind: 'other-version';
      file: string;
      text: string;
      entry: ImportedEntry;
      version: string;
      order: 'newer' | 'older' | 'same-version';
    };

/** A dataset's counts, each noun in its language's plural form: "1 product", never "1 products". */
export const counts = (products: number, assessments: number) => ({
  products: t.plural('org_products', products),
  assessments: t.plural('org_assessments', assessments),
});

export type OtherVersionOutcome = Extract<Outcome, { kind: 'other-version' }>;

export function ImportOutcome({
  outcome,
  undo,
  decide,
  leave,
}: {
  outcome: Outcome | null;
  undo(org: OrgDatasetView, over?: number): void;
  decide(held: OtherVersionOutcome, choice: 'replace' | 'alongside'): void;
  leave(): void;
}) {
  return (
    <>
      {outcome?.kind === 'busy' && <p role="status">{t('org_checking')}</p>}
      {outcome?.kind === 'done' && <p role="status">{outcome.text}</p>}
      {outcome?.kind === 'deleted' && (
        <p role="status" class="info">
          {t('org_deleted', { name: outcome.org.name })}{' '}
          <button type="button" class="undo" onClick={() => undo(outcome.org)}>
            {t('org_undo')}
          </button>
        </p>
      )}
      {outcome?.kind === 'replaced' && (
        <p role="status" class="info">
          {outcome.text}{' '}
          <button type="button" class="undo" onClick={() => undo(outcome.before, outcome.over)}>
            {t('org_undo')}
          </button>
        </p>
      )}
      {outcome?.kind === 'same-file' && (
        <p role="status" class="info">
          {t('org_sameFile', {
            file: outcome.file,
            name: outcome.entry.name,
            version: outcome.entry.version,
            date: t.date(outcome.entry.importedAt),
          })}
        </p>
      )}
      {outcome?.kind === 'other-version' && <OtherVersion held={outcome} decide={decide} leave={leave} />}
      {outcome?.kind === 'error' && (
        <p class="error" role="alert">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div class="error" role="alert">
          <p>{t.plural('org_refused', outcome.issues.length, { file: outcome.file })}</p>
          {/* Each problem at its JSON path, in the page's language (one no code names stays English, marked so). */}
          <ul>
            {outcome.issues.slice(0, 50).map((issue) => {
              const problem = datasetProblemText(issue.message);
              return (
                <li key={`${issue.path} ${issue.message}`}>
                  {rich(t('dataset_problem_line'), {
                    path: <code>{issue.path}</code>,
                    problem: problem.english ? <span lang="en">{problem.text}</span> : problem.text,
                  })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </>
  );
}

const ORDER_TEXT = {
  newer: 'org_otherVersion_newer',
  older: 'org_otherVersion_older',
  'same-version': 'org_otherVersion_same',
} as const;

/** A file that is another version of an import: nothing is added until the user chooses, with the older named. */
function OtherVersion({
  held,
  decide,
  leave,
}: {
  held: OtherVersionOutcome;
  decide(held: OtherVersionOutcome, choice: 'replace' | 'alongside'): void;
  leave(): void;
}) {
  const { entry } = held;
  return (
    <div class="org-choice info" role="status">
      <p>
        {t(ORDER_TEXT[held.order], {
          file: held.file,
          version: held.version,
          name: entry.name,
          entryVersion: entry.version,
          date: t.date(entry.importedAt),
        })}
      </p>
      <div class="org-actions">
        <button type="button" onClick={() => decide(held, 'replace')}>
          {t('org_replaceWith', { name: entry.name })}
        </button>
        <button type="button" onClick={() => decide(held, 'alongside')}>
          {t('org_importAlongside')}
        </button>
        <button type="button" onClick={leave}>
          {t('org_leaveIt')}
        </button>
      </div>
    </div>
  );
}
