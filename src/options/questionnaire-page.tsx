/**
 * #/questionnaire/<product>: the due-diligence questions for a product's vendor, from the domains its assessment
 * rates Gap or Partial or did not capture; exported as Markdown or CSV, printed, and the vendor's filled-in CSV
 * read back with the answers beside the questions. A bad row is refused with its reason and nothing is lost.
 */
import { useEffect, useState } from 'preact/hooks';
import { questionnaireExport, type QuestionnaireFormat } from '../core/questionnaire.ts';
import type { AnswersImportResult, QuestionnaireView } from '../shared/messages.ts';
import type { WorkspaceApi } from './api.ts';
import { downloadText } from './download.ts';
import { useTitle } from './library-data.ts';
import { QuestionnaireBody } from './questionnaire-body.tsx';
import { errorText } from '../shared/error-text.ts';

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; view: QuestionnaireView };

export function QuestionnairePage({
  api,
  productId,
  basis,
}: {
  api: WorkspaceApi;
  productId: string;
  basis?: 'pai' | 'organisation';
}) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [outcome, setOutcome] = useState<AnswersImportResult | { kind: 'error'; message: string } | null>(null);
  const reload = () =>
    api.questionnaire(productId, basis).then(
      (view) => setLoad({ kind: 'ready', view }),
      (error: unknown) => setLoad({ kind: 'error', message: errorText(error) }),
    );
  useEffect(() => void reload(), [productId, basis]);
  const form = load.kind === 'ready' && load.view.kind === 'questionnaire' ? load.view : null;
  useTitle(form ? `Questionnaire for ${form.form.product.vendor}` : 'Vendor questionnaire');

  if (load.kind === 'loading') return <p role="status">Preparing the questionnaire…</p>;
  if (load.kind === 'error') return <p role="alert">PSF Lens could not prepare the questionnaire: {load.message}</p>;
  if (!form)
    return (
      <section class="questionnaire">
        <h1 tabIndex={-1}>No such product</h1>
        <p>
          PSF Lens knows no product “{productId}”. Pick one from the <a href="#/library">library</a> or{' '}
          <a href="#/organisation">your organisation's assessments</a>.
        </p>
      </section>
    );

  const save = (format: QuestionnaireFormat) =>
    downloadText(
      questionnaireExport(form.form, format, form.answers),
      `${form.form.product.id}-questionnaire.${format}`,
      format,
    );
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      setOutcome(await api.importAnswers(productId, await file.text(), basis));
      await reload();
    } catch (error) {
      setOutcome({ kind: 'error', message: errorText(error) });
    }
  };

  return (
    <section class="questionnaire" aria-labelledby="q-title">
      <h1 id="q-title" tabIndex={-1}>
        Questionnaire for {form.form.product.vendor}: {form.form.product.name}
      </h1>
      <div class="q-tools no-print">
        <button type="button" onClick={() => save('md')}>
          Save as Markdown
        </button>
        <button type="button" onClick={() => save('csv')}>
          Save as CSV (for the vendor to fill in)
        </button>
        <button type="button" onClick={() => print()}>
          Print
        </button>
        <label class="import">
          Read the vendor's answers (their filled-in CSV)
          <input type="file" accept=".csv,text/csv" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {outcome && <ImportOutcome outcome={outcome} />}
      <QuestionnaireBody form={form.form} answers={form.answers} />
    </section>
  );
}

function ImportOutcome({ outcome }: { outcome: AnswersImportResult | { kind: 'error'; message: string } }) {
  if (outcome.kind === 'error') return <p role="alert">The answers could not be read: {outcome.message}</p>;
  if (outcome.kind === 'unreadable')
    return (
      <p role="alert" class="problem">
        {outcome.reason} Nothing was changed.
      </p>
    );
  return (
    <div role="status" class={outcome.refused.length ? 'problem' : 'info'}>
      <p>
        {outcome.taken} answer{outcome.taken === 1 ? '' : 's'} read
        {outcome.skipped ? `, ${outcome.skipped} question${outcome.skipped === 1 ? '' : 's'} left blank` : ''}
        {outcome.refused.length
          ? `, ${outcome.refused.length} row${outcome.refused.length === 1 ? '' : 's'} not taken:`
          : '.'}
      </p>
      {outcome.refused.length > 0 && (
        <ul>
          {outcome.refused.slice(0, 50).map((r) => (
            <li key={r.row}>{r.reason}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
