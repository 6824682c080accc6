/**
 * One sentence for a person from any error, for every page of PSF Lens, in the page's language: what happened
 * and, where it helps, what to do. The names PSF Lens uses inside (message types, schema wording, sender checks)
 * never reach a page; an error the background raises for people arrives as a code (user-error.ts) and is said
 * here; any other message written for people (a refused managed setting) is passed on as a sentence.
 */
import { t, type MessageKey } from './i18n.ts';
import { readUserError, type UserError } from './user-error.ts';

/** The browser's and PSF Lens's own wordings that mean one thing to a person, each with its sentence. */
function rules(): { test: RegExp; key: MessageKey }[] {
  return [
    {
      test: /Extension context invalidated|Receiving end does not exist|Could not establish connection|message port closed/i,
      key: 'error_restarted',
    },
    { test: /^no answer to /, key: 'error_noAnswer' },
    {
      test: /^(?:sender refused|lookup for another origin refused|\S+ is not accepted from this sender|malformed message: (?:not an object|unknown type|unknown shape)$)/,
      key: 'error_refused',
    },
    // A schema library's own wording ("Invalid type: Expected string but received 3") says nothing to a person.
    { test: /^(?:malformed message: )?Invalid \w+: /, key: 'error_badInput' },
  ];
}

function userErrorText(error: UserError): string {
  switch (error.code) {
    case 'assessment-missing':
      return t('error_assessmentMissing');
    case 'assessment-deleted':
      return t('error_assessmentDeleted');
    case 'draft-changed-elsewhere':
      return t('error_draftChangedElsewhere');
    case 'assessment-gone':
      return t('error_assessmentGone');
    case 'assessment-taken':
      return t('error_assessmentTaken', { name: error.name });
    case 'unknown-product':
      return t('error_unknownProduct', { id: error.id });
    case 'unknown-action':
      return t('error_unknownAction', { id: error.id, product: error.product });
    case 'no-import':
      return t('error_noImport', { id: error.id });
    case 'storage-full':
      return t('error_storageFull');
    case 'managed':
      return t('error_managed');
  }
}

/** A message as a sentence: a capital first letter and a full stop. */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/^malformed message: /, '');
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  if (!message.trim()) return t('error_unknown');
  const coded = readUserError(message.replace(/^malformed message: /, ''));
  if (coded) return userErrorText(coded);
  const rule = rules().find((each) => each.test.test(message));
  return rule ? t(rule.key) : sentence(message);
}
