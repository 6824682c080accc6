/**
 * #/organisation: the organisation's own assessments. A file is imported only if it passes the same rules as the
 * bundled dataset; a refused file changes nothing and the page lists every problem. Each import can be replaced by
 * a newer file, exported and deleted. These assessments are always labelled as the organisation's, never PAI's.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import type { ImportResult, OrgDatasetView, OwnKept } from '../shared/messages.ts';
import { parseOwnKey } from '../core/own-key.ts';
import { rich } from '../ui/rich.tsx';
import { hrefFor } from './router.ts';
import type { WorkspaceApi } from './api.ts';
import { downloadText } from './download.ts';
import { fileText, takeFile } from './file-input.ts';
import { useTitle } from './library-data.ts';
import { OrgWrittenList } from './org-written-list.tsx';
import { counts, ImportOutcome, type OtherVersionOutcome, type Outcome } from './org-import-outcome.tsx';
import { useFocusWhenShown } from './use-focus-kept.ts';
import { errorText } from '../shared/error-text.ts';
import { megabytes, ORG_FILE_MAX_MB } from '../shared/file-limits.ts';

export function OrganisationPage({
  organisation,
  kept = [],
  api,
  onChanged,
}: {
  organisation: readonly OrgDatasetView[];
  /** The checklists kept of assessments no longer loaded. */
  kept?: readonly OwnKept[];
  api: WorkspaceApi;
  onChanged(): void;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useTitle(t('org_title'));
  // A delete or an undo takes the pressed button away: the keyboard goes to the Undo offered, then to the dataset
  // given back (its first button, once the list has been read again).
  const section = useRef<HTMLElement>(null);
  const focusWhenShown = useFocusWhenShown();

  const remove = (org: OrgDatasetView) =>
    api.deleteOrg(org.id).then(
      () => {
        setOutcome({ kind: 'deleted', org });
        focusWhenShown(() => section.current?.querySelector<HTMLElement>('.undo'));
        onChanged();
      },
      (e: unknown) => setOutcome({ kind: 'error', text: errorText(e) }),
    );
  /** `over`: the import time of the file that replaced `org`, for an Undo of a replacement. */
  const undo = (org: OrgDatasetView, over?: number) => {
    const replaced = over !== undefined;
    // The keyboard goes to the import as it now is (its first button, once the list has been read again).
    const focusEntry = () =>
      focusWhenShown(() =>
        [...(section.current?.querySelectorAll<HTMLElement>('.org-imported > li') ?? [])]
          .find((li) => li.getAttribute('aria-label') === org.name)
          ?.querySelector('button'),
      );
    return (replaced ? api.revertOrg(org, over) : api.restoreOrg(org)).then(
      (result) => {
        if (result.kind === 'refused') return setOutcome({ kind: 'refused', file: org.name, issues: result.issues });
        if (result.kind === 'same-file') return setOutcome({ kind: 'same-file', file: org.name, entry: result.entry });
        // Undo is gone with the file it would have put back: what the other tab made of the import is shown instead.
        if (result.kind === 'changed') setOutcome({ kind: 'error', text: t('org_undoChanged', { name: org.name }) });
        else setOutcome(replaced ? { kind: 'done', text: t('org_putBack', { name: org.name }) } : null);
        focusEntry();
        onChanged();
      },
      (e: unknown) => setOutcome({ kind: 'error', text: errorText(e) }),
    );
  };

  // One file at a time, in the order chosen: a file chosen while another is checked waits for it, so that two
  // replacements of one import cannot cross and the outcome shown is the last file's.
  const queue = useRef(Promise.resolve());
  const importFile = (file: File | undefined, replaces?: string) => {
    if (!file) return;
    queue.current = queue.current.then(() => readFile(file, replaces));
  };
  /** The file of another version, imported as the user chose: over the entry it follows, or beside it. */
  const decide = (held: OtherVersionOutcome, choice: 'replace' | 'alongside') => {
    queue.current = queue.current.then(() =>
      send(held.file, held.text, choice === 'replace' ? { replaces: held.entry.id } : { alongside: true }),
    );
  };
  const readFile = async (file: File, replaces?: string) => {
    // Said before the file is read: a larger one would be read whole only for the background to refuse it in English.
    if (file.size > ORG_FILE_MAX_MB * 1_000_000)
      return setOutcome({
        kind: 'error',
        text: t('org_tooLarge', { file: file.name, size: megabytes(file.size, t.locale), max: ORG_FILE_MAX_MB }),
      });
    setOutcome({ kind: 'busy' });
    try {
      const read = await fileText(file);
      if (read.kind === 'refused')
        return setOutcome({ kind: 'error', text: t('org_fileNotRead', { file: file.name, reason: read.reason }) });
      await send(file.name, read.text, replaces ? { replaces } : {});
    } catch (error) {
      setOutcome({ kind: 'error', text: errorText(error) });
    }
  };
  const send = async (file: string, text: string, how: { replaces?: string; alongside?: true }) => {
    const { replaces } = how;
    setOutcome({ kind: 'busy' });
    try {
      const result: ImportResult = await api.importOrg(
        replaces ? (organisation.find((o) => o.id === replaces)?.name ?? file) : file,
        text,
        how,
      );
      if (result.kind === 'same-file') return setOutcome({ kind: 'same-file', file, entry: result.entry });
      if (result.kind === 'other-version') {
        setOutcome({ ...result, file, text });
        return focusWhenShown(() => section.current?.querySelector<HTMLElement>('.org-choice button'));
      }
      // Said only to an Undo of a replacement; a file chosen here is never one.
      if (result.kind === 'changed') return setOutcome({ kind: 'error', text: t('org_undoChanged', { name: file }) });
      if (result.kind === 'refused')
        return setOutcome({
          kind: 'refused',
          file,
          issues: result.issues,
        });
      const said = t(replaces ? 'org_replaced' : 'org_imported', {
        file,
        ...counts(result.products, result.assessments),
      });
      // A replacement can be undone: a file chosen by mistake (an older one) would otherwise cost the import it took.
      const before = replaces ? result.replaced : undefined;
      if (before) {
        setOutcome({ kind: 'replaced', text: said, before, over: result.importedAt });
        focusWhenShown(() => section.current?.querySelector<HTMLElement>('.undo'));
      } else setOutcome({ kind: 'done', text: said });
      onChanged();
    } catch (error) {
      setOutcome({
        kind: 'error',
        text: errorText(error),
      });
    }
  };

  return (
    <section class="organisation" aria-labelledby="org-title" ref={section}>
      <h1 id="org-title" tabIndex={-1}>
        {t('org_title')}
      </h1>
      <p class="note">{t('org_intro')}</p>
      <OrgWrittenList api={api} onChanged={onChanged} />
      <h2>{t('org_importedHeading')}</h2>
      <label class="import">
        {t('org_import')}
        <input type="file" accept="application/json,.json" onChange={(e) => importFile(takeFile(e))} />
      </label>
      <ImportOutcome
        outcome={outcome}
        undo={(org, over) => void undo(org, over)}
        decide={decide}
        leave={() => setOutcome(null)}
      />
      {organisation.filter((o) => !o.written).length === 0 ? (
        <p class="empty">{t('org_nothingImported')}</p>
      ) : (
        <ul class="org-list org-imported">
          {organisation
            .filter((o) => !o.written)
            .map((org) => (
              <li key={org.id} aria-label={org.name}>
                <strong>{org.name}</strong> ·{' '}
                {t('org_importedLine', {
                  version: org.dataset.version,
                  ...counts(org.dataset.products.length, org.dataset.assessments.length),
                })}
                {org.feedUrl ? (
                  <span class="managed">{t('org_fromFeed', { host: new URL(org.feedUrl).host })}</span>
                ) : org.managed ? (
                  <span class="managed">{t('org_byPolicy')}</span>
                ) : (
                  ` · ${t('org_importedOn', { date: t.date(org.importedAt) })}`
                )}
                <div class="org-actions">
                  <button
                    type="button"
                    onClick={() => downloadText(`${JSON.stringify(org.dataset, null, 2)}\n`, `${org.id}.json`, 'json')}
                  >
                    {t('org_export')}
                  </button>
                  {!org.managed && !org.feedUrl && (
                    <label class="replace">
                      {t('org_replace')}
                      <input
                        type="file"
                        accept="application/json,.json"
                        onChange={(e) => importFile(takeFile(e), org.id)}
                      />
                    </label>
                  )}
                  {!org.managed && !org.feedUrl && (
                    <button
                      type="button"
                      aria-label={t('org_deleteNamed', { name: org.name })}
                      onClick={() => void remove(org)}
                    >
                      {t('org_delete')}
                    </button>
                  )}
                </div>
              </li>
            ))}
        </ul>
      )}
      <KeptNote kept={kept} />
    </section>
  );
}

/** The checklists kept of the organisation's assessments no longer loaded: otherwise nothing would lead to them. */
function KeptNote({ kept }: { kept: readonly OwnKept[] }) {
  if (!kept.length) return null;
  const links = kept.flatMap(({ key }, i) => {
    const own = parseOwnKey(key);
    return own
      ? [
          <span key={key}>
            {i > 0 && ', '}
            <a href={hrefFor({ kind: 'checklist', productId: key })}>
              {t('org_keptItem', { name: own.assessmentId, source: own.orgId })}
            </a>
          </span>,
        ]
      : [];
  });
  return <p class="note">{rich(t('org_kept'), { checklists: <>{links}</> })}</p>;
}
