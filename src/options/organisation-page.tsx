/**
 * #/organisation: the organisation's own assessments. A file is imported only if it passes the same rules as the
 * bundled dataset; a refused file changes nothing and the page lists every problem. Each import can be replaced by
 * a newer file, exported and deleted. These assessments are always labelled as the organisation's, never PAI's.
 */
import { plural } from '../core/plural.ts';
import { useEffect, useState } from 'preact/hooks';
import type { ImportResult, OrgDatasetView } from '../shared/messages.ts';
import type { WorkspaceApi } from './api.ts';
import { downloadText } from './download.ts';
import { OrgWrittenList } from './org-written-list.tsx';
import { errorText } from '../shared/error-text.ts';

type Outcome =
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | {
      kind: 'refused';
      file: string;
      issues: { path: string; message: string }[];
    }
  | { kind: 'error'; text: string };

/** Counted nouns through the plural rules: "1 product", never "1 products". */
const counted = {
  products: (n: number) => plural(n, { one: '# product', other: '# products' }),
  assessments: (n: number) => plural(n, { one: '# assessment', other: '# assessments' }),
};

export function OrganisationPage({
  organisation,
  api,
  onChanged,
}: {
  organisation: readonly OrgDatasetView[];
  api: WorkspaceApi;
  onChanged(): void;
}) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    document.title = "Your organisation's assessments · PSF Lens workspace";
  }, []);

  const importFile = async (file: File | undefined, replaces?: string) => {
    if (!file) return;
    setOutcome({ kind: 'busy' });
    try {
      const result: ImportResult = await api.importOrg(
        replaces ? (organisation.find((o) => o.id === replaces)?.name ?? file.name) : file.name,
        await file.text(),
        replaces,
      );
      if (result.kind === 'refused')
        return setOutcome({
          kind: 'refused',
          file: file.name,
          issues: result.issues,
        });
      setOutcome({
        kind: 'done',
        text: `${replaces ? 'Replaced' : 'Imported'} ${file.name}: ${counted.products(result.products)}, ${counted.assessments(result.assessments)}.`,
      });
      onChanged();
    } catch (error) {
      setOutcome({
        kind: 'error',
        text: errorText(error),
      });
    }
  };

  return (
    <section class="organisation" aria-labelledby="org-title">
      <h1 id="org-title" tabIndex={-1}>
        Your organisation's assessments
      </h1>
      <p class="note">
        Your security team's own reviews: write one here, or import a file exported from PSF Lens (a file with a problem
        is refused, with every problem named, and nothing changes). They appear beside the independent assessments,
        always labelled as your organisation's, and stay in this browser only.
      </p>
      <OrgWrittenList api={api} onChanged={onChanged} />
      <h2>Imported and set by policy</h2>
      <label class="import">
        Import a dataset file (JSON)
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
        />
      </label>
      {outcome?.kind === 'busy' && <p role="status">Checking the file…</p>}
      {outcome?.kind === 'done' && <p role="status">{outcome.text}</p>}
      {outcome?.kind === 'error' && (
        <p class="error" role="alert">
          {outcome.text}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div class="error" role="alert">
          <p>
            {outcome.file} was not imported, and nothing changed: {outcome.issues.length} problem
            {outcome.issues.length === 1 ? '' : 's'}.
          </p>
          <ul>
            {outcome.issues.slice(0, 50).map((issue) => (
              <li key={`${issue.path} ${issue.message}`}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {organisation.filter((o) => !o.written).length === 0 ? (
        <p class="empty">Nothing imported yet.</p>
      ) : (
        <ul class="org-list">
          {organisation
            .filter((o) => !o.written)
            .map((org) => (
              <li key={org.id} aria-label={org.name}>
                <strong>{org.name}</strong> · version {org.dataset.version} ·{' '}
                {counted.products(org.dataset.products.length)}, {counted.assessments(org.dataset.assessments.length)}
                {org.feedUrl ? (
                  <span class="managed">From your team's feed, {new URL(org.feedUrl).host}</span>
                ) : org.managed ? (
                  <span class="managed">Set by your organisation's policy</span>
                ) : (
                  ` · imported ${new Date(org.importedAt).toLocaleDateString()}`
                )}
                <div class="org-actions">
                  <button
                    type="button"
                    onClick={() => downloadText(`${JSON.stringify(org.dataset, null, 2)}\n`, `${org.id}.json`, 'json')}
                  >
                    Export
                  </button>
                  {!org.managed && !org.feedUrl && (
                    <label class="replace">
                      Replace with a new file
                      <input
                        type="file"
                        accept="application/json,.json"
                        onChange={(e) => void importFile(e.currentTarget.files?.[0], org.id)}
                      />
                    </label>
                  )}
                  {!org.managed && !org.feedUrl && (
                    <button
                      type="button"
                      onClick={() =>
                        void api.deleteOrg(org.id).then(
                          () => {
                            setOutcome({ kind: 'done', text: `Deleted ${org.name}.` });
                            onChanged();
                          },
                          (e: unknown) => setOutcome({ kind: 'error', text: errorText(e) }),
                        )
                      }
                    >
                      Delete
                    </button>
                  )}
                </div>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
