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
import { takeFile } from './file-input.ts';
import { useTitle } from './library-data.ts';
import { QuestionnaireBody } from './questionnaire-body.tsx';
import { errorText } from '../shared/error-text.ts';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import { fileProblemText, rowProblemText } from './answer-problems.ts';

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
  useTitle(form ? t('questionnaire_titleFor', { vendor: form.form.product.vendor }) : t('questionnaire_title'));

  if (load.kind === 'loading') return <p role="status">{t('questionnaire_loading')}</p>;
  if (load.kind === 'error') return <p role="alert">{t('questionnaire_loadError', { message: load.message })}</p>;
  if (!form)
    return (
      <section class="questionnaire">
        <h1 tabIndex={-1}>{t('questionnaire_noProduct')}</h1>
        <p>
          {rich(t('questionnaire_noProductText', { id: productId }), {
            library: <a href="#/library">{t('questionnaire_library')}</a>,
            organisation: <a href="#/organisation">{t('questionnaire_organisation')}</a>,
          })}
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
        {t('questionnaire_heading', { vendor: form.form.product.vendor, product: form.form.product.name })}
      </h1>
      <div class="q-tools no-print">
        <button type="button" onClick={() => save('md')}>
          {t('questionnaire_saveMd')}
        </button>
        <button type="button" onClick={() => save('csv')}>
          {t('questionnaire_saveCsv')}
        </button>
        <button type="button" onClick={() => print()}>
          {t('questionnaire_print')}
        </button>
        <label class="import">
          {t('questionnaire_readAnswers')}
          <input type="file" accept=".csv,text/csv" onChange={(e) => void importFile(takeFile(e))} />
        </label>
      </div>
      {t.locale !== 'en' && <p class="note no-print">{t('questionnaire_filesNote')}</p>}
      {outcome && <ImportOutcome outcome={outcome} />}
      <QuestionnaireBody form={form.form} answers={form.answers} />
    </section>
  );
}

function ImportOutcome({ outcome }: { outcome: AnswersImportResult | { kind: 'error'; message: string } }) {
  if (outcome.kind === 'error')
    return <p role="alert">{t('questionnaire_importError', { message: outcome.message })}</p>;
  if (outcome.kind === 'unreadable')
    return (
      <p role="alert" class="problem">
        {t('questionnaire_nothingChanged', { reason: fileProblemText(outcome.problem) })}
      </p>
    );
  const { taken, skipped, refused } = outcome;
  // Each count in its language's plural form; the list of them is punctuation, the same in all three languages.
  const counts = [
    t.plural('questionnaire_taken', taken),
    ...(skipped ? [t.plural('questionnaire_skipped', skipped)] : []),
    ...(refused.length ? [t.plural('questionnaire_refused', refused.length)] : []),
  ].join(', ');
  return (
    <div role="status" class={refused.length ? 'problem' : 'info'}>
      <p>{t(refused.length ? 'questionnaire_outcomeRefused' : 'questionnaire_outcome', { counts })}</p>
      {refused.length > 0 && (
        <ul>
          {refused.slice(0, 50).map((r) => (
            <li key={r.row}>{rowProblemText(r.row, r.problem)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
