/**
 * #/questionnaire/<product>: the due-diligence questions for a product's vendor, from the domains its assessment
 * rates Gap or Partial or did not capture; exported as Markdown or CSV, printed, and the vendor's filled-in CSV
 * read back with the answers beside the questions. A bad row is refused with its reason and nothing is lost.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { questionnaireExport, type QuestionnaireFormat } from '../core/questionnaire.ts';
import type { AnswersImportResult, AnswersRead, QuestionnaireView } from '../shared/messages.ts';
import type { WorkspaceApi } from './api.ts';
import { downloadText } from './download.ts';
import { fileText, takeFile } from './file-input.ts';
import { useTitle } from './library-data.ts';
import { QuestionnaireBody } from './questionnaire-body.tsx';
import { errorText } from '../shared/error-text.ts';
import { ANSWERS_FILE_MAX_MB, megabytes } from '../shared/file-limits.ts';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import { useLoad } from '../ui/use-load.ts';
import { fileProblemText, rowProblemText } from './answer-problems.ts';
import { TryAgain } from './try-again.tsx';
import { useFocusWhenShown } from './use-focus-kept.ts';

interface QuestionnairePageProps {
  api: WorkspaceApi;
  productId: string;
  basis?: 'pai' | 'organisation';
}

type Outcome =
  | AnswersImportResult
  | { kind: 'error'; message: string }
  | { kind: 'too-large'; file: string; size: number }
  /** Empty, or no text (a workbook, a PDF): said before anything is sent. */
  | { kind: 'not-read'; reason: string }
  /** Undo of the last file read: done, or refused because the answers changed since. */
  | { kind: 'undone' }
  | { kind: 'undo-changed' };

/** Each product and basis is a page of its own: nothing loaded or read for one is ever shown on another. */
export function QuestionnairePage(props: QuestionnairePageProps) {
  return <Questionnaire key={`${props.productId}?${props.basis}`} {...props} />;
}

function Questionnaire({ api, productId, basis }: QuestionnairePageProps) {
  // Stryker disable next-line ArrayDeclaration: the page is keyed by product and basis, which never change under it
  const questionnaire = useLoad(() => api.questionnaire(productId, basis), [api, productId, basis]);
  const load = questionnaire.state;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // One file at a time, in the order chosen: a second file chosen while the first is read waits for it. Run side by
  // side, the first (larger, slower) could be stored last, over the second's answers, and its counts shown last.
  const queue = useRef(Promise.resolve());
  const [reading, setReading] = useState(0);
  // A file read moves the keyboard to its Undo; Undo, gone with its click, gives it back to the file input.
  const section = useRef<HTMLElement>(null);
  const focusWhenShown = useFocusWhenShown();
  // Stryker disable next-line ConditionalExpression: a state not ready has no value, and undefined reads as null
  const view: QuestionnaireView | null = load.kind === 'ready' ? load.value : null;
  const form = view?.kind === 'questionnaire' ? view : null;
  useTitle(form ? t('questionnaire_titleFor', { vendor: form.form.product.vendor }) : t('questionnaire_title'));

  const importFile = (file: File | undefined) => {
    if (!file) return;
    setReading((n) => n + 1);
    queue.current = queue.current.then(() => readFile(file)).then(() => setReading((n) => n - 1));
  };
  const undo = (read: AnswersRead) => {
    queue.current = queue.current.then(async () => {
      try {
        const result = await api.undoAnswers(productId, read.importId);
        setOutcome({ kind: result.kind === 'undone' ? 'undone' : 'undo-changed' });
        focusWhenShown(() => section.current?.querySelector<HTMLElement>('.q-tools input[type="file"]'));
        questionnaire.refresh();
      } catch (error) {
        setOutcome({ kind: 'error', message: errorText(error) });
      }
    });
  };
  const readFile = async (file: File) => {
    // Said before the file is read: a larger one would be read whole only for the background to refuse it in English.
    if (file.size > ANSWERS_FILE_MAX_MB * 1_000_000)
      return setOutcome({ kind: 'too-large', file: file.name, size: file.size });
    try {
      const read = await fileText(file);
      if (read.kind === 'refused') return setOutcome({ kind: 'not-read', reason: read.reason });
      const result = await api.importAnswers(productId, read.text, basis);
      setOutcome(result);
      if (result.kind === 'imported' && result.read)
        focusWhenShown(() => section.current?.querySelector<HTMLElement>('.q-undo button'));
      questionnaire.refresh();
    } catch (error) {
      setOutcome({ kind: 'error', message: errorText(error) });
    }
  };
  // The heading is there from the start and stays the same element, so the focus the workspace gives it after a
  // page change is not lost when the questions arrive.
  return (
    <section class="questionnaire" aria-labelledby="q-title" ref={section}>
      <h1 id="q-title" tabIndex={-1}>
        {form
          ? t('questionnaire_heading', { vendor: form.form.product.vendor, product: form.form.product.name })
          : t(view ? 'questionnaire_noProduct' : 'questionnaire_title')}
      </h1>
      {load.kind === 'loading' && <p role="status">{t('questionnaire_loading')}</p>}
      {load.kind === 'error' && (
        <div role="alert">
          <p>{t('questionnaire_loadError', { message: load.message })}</p>
          <TryAgain onRetry={questionnaire.retry} focusTo="q-title" />
        </div>
      )}
      {view?.kind === 'no-product' && (
        <p>
          {rich(t('questionnaire_noProductText', { id: productId }), {
            library: <a href="#/library">{t('questionnaire_library')}</a>,
            organisation: <a href="#/organisation">{t('questionnaire_organisation')}</a>,
          })}
        </p>
      )}
      {form && (
        <>
          <Tools form={form} importFile={importFile} />
          {reading > 0 && <p role="status">{t('questionnaire_reading')}</p>}
          {t.locale !== 'en' && <p class="note no-print">{t('questionnaire_filesNote')}</p>}
          {outcome && (
            <ImportOutcome outcome={outcome}>
              {outcome.kind === 'imported' && outcome.read && <UndoOffer read={outcome.read} undo={undo} />}
            </ImportOutcome>
          )}
          {/* After a reload, or a read that wrote nothing: the last file read, while it can still be undone. */}
          {!(outcome?.kind === 'imported' && outcome.read) && form.lastRead && (
            <div role="status" class="info no-print">
              <UndoOffer read={form.lastRead} undo={undo} again />
            </div>
          )}
          <QuestionnaireBody form={form.form} answers={form.answers} />
        </>
      )}
    </section>
  );
}

type Form = Extract<QuestionnaireView, { kind: 'questionnaire' }>;

function Tools({ form, importFile }: { form: Form; importFile(file: File | undefined): void }) {
  const save = (format: QuestionnaireFormat) =>
    downloadText(
      questionnaireExport(form.form, format, form.answers),
      `${form.form.product.id}-questionnaire.${format}`,
      format,
    );
  return (
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
        {/* CSV, and the tab-separated text that Excel saves as "Unicode Text (*.txt)", LibreOffice and Numbers as .tsv. */}
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
          onChange={(e) => importFile(takeFile(e))}
        />
      </label>
    </div>
  );
}

/**
 * What a file read replaced, with its Undo: under the counts just after it was read (from the background's answer,
 * not the page read again, which may still show the file before), and `again` on its own after a reload, for as
 * long as nothing has changed those answers since.
 */
function UndoOffer({ read, undo, again }: { read: AnswersRead; undo(read: AnswersRead): void; again?: boolean }) {
  return (
    <p class="q-undo">
      {again &&
        `${t('questionnaire_lastRead', { date: t.date(read.at), count: t.plural('questionnaire_taken', read.taken) })} `}
      {read.replaced ? t.plural('questionnaire_replaced', read.replaced) : t('questionnaire_replacedNone')}{' '}
      <button type="button" onClick={() => undo(read)}>
        {t('questionnaire_undo')}
      </button>
    </p>
  );
}

function ImportOutcome({ outcome, children }: { outcome: Outcome; children?: ComponentChildren }) {
  if (outcome.kind === 'undone') return <p role="status">{t('questionnaire_undone')}</p>;
  if (outcome.kind === 'undo-changed')
    return (
      <p role="alert" class="problem">
        {t('questionnaire_undoChanged')}
      </p>
    );
  if (outcome.kind === 'error')
    return <p role="alert">{t('questionnaire_importError', { message: outcome.message })}</p>;
  if (outcome.kind === 'not-read')
    return (
      <p role="alert" class="problem">
        {t('questionnaire_nothingChanged', { reason: t('questionnaire_file_saveAsText', { reason: outcome.reason }) })}
      </p>
    );
  if (outcome.kind === 'unreadable' || outcome.kind === 'too-large')
    return (
      <p role="alert" class="problem">
        {t('questionnaire_nothingChanged', {
          reason:
            outcome.kind === 'too-large'
              ? t('questionnaire_file_tooLarge', {
                  file: outcome.file,
                  size: megabytes(outcome.size, t.locale),
                  max: ANSWERS_FILE_MAX_MB,
                })
              : fileProblemText(outcome.problem),
        })}
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
      {children}
    </div>
  );
}
