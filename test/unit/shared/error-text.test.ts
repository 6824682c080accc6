import { afterEach, describe, expect, test } from 'vitest';
import { errorText } from '../../../src/shared/error-text.ts';
import { setTranslator, translator, type MessageKey } from '../../../src/shared/i18n.ts';
import { readUserError, userError, type UserError } from '../../../src/shared/user-error.ts';
import { localeCatalog } from '../helpers/setup.ts';

test.each([
  ['a message for people, made a sentence', new Error('storage is full'), 'Storage is full.'],
  ['one that is already a sentence', new Error('The file is empty.'), 'The file is empty.'],
  ['a string thrown', 'plain failure', 'Plain failure.'],
  [
    'a refused managed setting',
    new Error('managed by your administrator: feedUrl'),
    'Managed by your administrator: feedUrl.',
  ],
  [
    'a checked field’s own words',
    new Error('malformed message: a due date is YYYY-MM-DD or empty'),
    'A due date is YYYY-MM-DD or empty.',
  ],
  [
    'a schema library’s words',
    new Error('malformed message: Invalid type: Expected boolean but received "yes"'),
    'PSF Lens could not use what was entered. Check it and try again.',
  ],
  [
    'a schema library’s words, bare',
    new Error('Invalid length: Expected <=200 but received 201'),
    'PSF Lens could not use what was entered. Check it and try again.',
  ],
  [
    'no answer (names a message type)',
    new Error('no answer to tab-view'),
    'PSF Lens did not answer. Try again, or reload this page.',
  ],
  [
    'an unknown message type',
    new Error('malformed message: unknown type'),
    'PSF Lens refused a request it did not expect. Reload this page and try again.',
  ],
  [
    'a wrong sender',
    new Error('lookup is not accepted from this sender'),
    'PSF Lens refused a request it did not expect. Reload this page and try again.',
  ],
  [
    'a refused sender',
    new Error('sender refused'),
    'PSF Lens refused a request it did not expect. Reload this page and try again.',
  ],
  [
    'an extension that was reloaded',
    new Error('Extension context invalidated.'),
    'PSF Lens was updated or restarted. Reload this page.',
  ],
  [
    'a background that is gone',
    new Error('Could not establish connection. Receiving end does not exist.'),
    'PSF Lens was updated or restarted. Reload this page.',
  ],
  ['an empty message', new Error(''), 'Something went wrong in PSF Lens. Try again.'],
  ['a message of spaces alone', new Error('   '), 'Something went wrong in PSF Lens. Try again.'],
  ['one with spaces around it', new Error('  storage is full  '), 'Storage is full.'],
  ['a question', new Error('is the file a dataset?'), 'Is the file a dataset?'],
  ['an exclamation', new Error('the file is empty!'), 'The file is empty!'],
  ['a question mark inside it', new Error('what? not a dataset'), 'What? not a dataset.'],
  ['the checked-field prefix only at the start', new Error('see malformed message: x'), 'See malformed message: x.'],
  ['something that is no error', { code: 7 }, 'Something went wrong in PSF Lens. Try again.'],
  ['nothing', undefined, 'Something went wrong in PSF Lens. Try again.'],
])('%s', (_what, error, text) => {
  expect(errorText(error)).toBe(text);
});

test.each([
  ['the vendor gave no answer to the questionnaire', 'The vendor gave no answer to the questionnaire.'],
  ['the mail sender refused the file', 'The mail sender refused the file.'],
  ['malformed message: unknown type of file', 'Unknown type of file.'],
  ['the column says Invalid type: none', 'The column says Invalid type: none.'],
])('a message that only contains such words is said as it is: %s', (message, text) => {
  expect(errorText(new Error(message))).toBe(text);
});

test('no sentence it makes names a message type or the schema library', () => {
  const internal = [
    'no answer to update-action',
    'malformed message: Invalid key: Expected never but received "x"',
    'set-watched is not accepted from this sender',
  ];
  for (const message of internal)
    expect(errorText(new Error(message))).not.toMatch(/update-action|set-watched|Invalid|Expected|malformed/);
});

describe('an error the background raises for people, said in the page’s language', () => {
  afterEach(() => setTranslator(translator('en', localeCatalog('en'))));
  const deleted = userError({ code: 'assessment-deleted' });
  const product = userError({ code: 'unknown-product', id: 'nope' });

  test.each([
    [
      'en',
      'This assessment was deleted: restore it from the list to edit it again.',
      'PSF Lens knows no product "nope".',
    ],
    [
      'de',
      'Diese Bewertung wurde gelöscht: Stellen Sie sie aus der Liste wieder her, um sie erneut zu bearbeiten.',
      'PSF Lens kennt kein Produkt „nope“.',
    ],
    [
      'fr',
      'Cette évaluation a été supprimée\u00a0: restaurez-la depuis la liste pour la modifier à nouveau.',
      'PSF Lens ne connaît aucun produit «\u00a0nope\u00a0».',
    ],
  ] as const)('%s', (locale, deletedText, productText) => {
    setTranslator(translator(locale, localeCatalog(locale), localeCatalog('en')));
    expect(errorText(deleted)).toBe(deletedText);
    // As it arrives from the background: the message alone, through the message boundary.
    expect(errorText(new Error(product.message))).toBe(productText);
    expect(errorText(new Error('no answer to tab-view'))).toBe(
      translator(locale, localeCatalog(locale))('error_noAnswer'),
    );
  });

  test.each<[UserError, string]>([
    [{ code: 'assessment-missing' }, 'error_assessmentMissing'],
    [{ code: 'assessment-deleted' }, 'error_assessmentDeleted'],
    [{ code: 'assessment-gone' }, 'error_assessmentGone'],
    [{ code: 'assessment-taken', name: 'Acme Agent' }, 'error_assessmentTaken'],
    [{ code: 'unknown-product', id: 'acme' }, 'error_unknownProduct'],
    [{ code: 'unknown-action', id: 'a-1', product: 'acme' }, 'error_unknownAction'],
    [{ code: 'no-import', id: 'org-1' }, 'error_noImport'],
  ])('%j: its own sentence, its details in their slots', (error, key) => {
    const { code: _code, ...details } = error;
    const want = translator('en', localeCatalog('en'))(key as MessageKey, details);
    expect(want).not.toMatch(/\{\w+\}/);
    expect(errorText(userError(error))).toBe(want);
    // Also behind the prefix a checked request's errors carry.
    expect(errorText(new Error(`malformed message: ${userError(error).message}`))).toBe(want);
    expect(readUserError(userError(error).message)).toEqual(error);
  });

  test('details are kept as written, even words the page strips from other messages', () => {
    const error: UserError = { code: 'unknown-product', id: 'malformed message: x' };
    expect(errorText(userError(error))).toBe('PSF Lens knows no product "malformed message: x".');
  });

  test('only a message that starts with the code’s mark is read as one', () => {
    const coded = userError({ code: 'no-import', id: 'a' }).message;
    const sameLength = `${'x'.repeat('psf-lens-error '.length)}${coded.slice('psf-lens-error '.length)}`;
    expect(readUserError(sameLength)).toBeNull();
    expect(readUserError(`see ${coded}`)).toBeNull();
    expect(readUserError(JSON.stringify({ code: 'no-import', id: 'a' }))).toBeNull();
  });

  test.each(['null', '5', '"no-import"', '[]', '{}'])('psf-lens-error %s carries no code', (json) => {
    expect(readUserError(`psf-lens-error ${json}`)).toBeNull();
  });

  test('a code it does not know, or broken JSON, is never shown as JSON', () => {
    expect(readUserError('psf-lens-error {"code":"later-code"}')).toBeNull();
    expect(readUserError('psf-lens-error {not json')).toBeNull();
    expect(errorText(new Error('psf-lens-error {not json'))).not.toBe('');
  });
});
