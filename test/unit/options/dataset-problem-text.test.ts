// A refused dataset's problems said in the reader's language: every code the rules' sentences read back as has a
// whole sentence in English, German and French, with its details in place and no slot left; a sentence no code
// names stays English and says so.
import { afterEach, expect, test } from 'vitest';
import { datasetProblem } from '../../../src/core/dataset-problems.ts';
import { datasetProblemText } from '../../../src/options/dataset-problem-text.ts';
import { setTranslator, translator, type Locale } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/setup.ts';

const english = localeCatalog('en');
const speak = (locale: Locale) => setTranslator(translator(locale, localeCatalog(locale), english));
afterEach(() => speak('en'));

/** One sentence of each rule, as the rules write them. */
const RULES = [
  "not JSON: Expected ',' or '}' after property value in JSON at position 9 (line 2 column 3)",
  'not JSON: Unexpected token in JSON at position 4',
  'not JSON: Unexpected end of JSON input',
  ...['a list', 'a number', 'a string', 'null', 'true or false'].map(
    (held) => `not a PSF dataset: the file holds ${held}, where a dataset is one JSON object`,
  ),
  'not a PSF dataset: the file is a PSF Lens export of a comparison or a checklist, which is read, not imported',
  'not a PSF dataset: the file holds an object with neither "format" nor "assessments"',
  'the key "format" appears twice in one object (line 2, column 2; first at line 1, column 2), and a reader would keep only the last: remove one',
  'is format 2, newer than this PSF Lens reads (format 1): update PSF Lens to read it',
  'this reader knows dataset format 1 only',
  'missing required field',
  'unknown field "extra"',
  ...['string', 'number', 'boolean', 'Array', 'Object'].map((type) => `Invalid type: Expected ${type} but received 5`),
  'must be one of Strong, Partial, Gap',
  'unknown domain: domains are D1, D2, D3, D4, D5, D6, D7, D8',
  'must not be empty',
  'is longer than 120 characters, too long for the UI',
  'Invalid length: Expected >=1 but received 0',
  'Invalid length: Expected >=3 but received 0',
  'a product needs at least one match rule',
  'a conflict names at least two sources',
  'must list the eight PSF domains',
  'Invalid integer: Received 1.5',
  'Invalid value: Expected >=0 but received -1',
  'Invalid value: Expected <=100 but received 101',
  'must be kebab-case (a-z, 0-9, - and .)',
  'must be YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn',
  '2026-02-30 is not a date: February 2026 has 28 days',
  'must be YYYY.MM.DD or YYYY.MM.DD.N',
  'must be a lower-case host name without www.',
  'must start with / and hold no query or fragment',
  'a * stands for any run of characters within one segment: ** says nothing more',
  'must be a URL',
  'must be an https: link',
  'must not carry a user name or password (https://…@a.example): link to the page itself',
  'holds an invisible U+200B (zero-width space) at position 3, which can make the text read differently from what it is: remove it',
  ...['domain', 'product id', 'assessment id', 'action id'].map((what) => `duplicate ${what} "x" (first at $.a[0].id)`),
  'github.com is shared by many vendors, where the URL alone decides and page signals are never read: give a longer path instead',
  'acme has no match rule on b.example, so there is nothing to exclude',
  'unknown product "ghost"',
  'counts add up to 9, not 8',
  'counts say 0 Gap but the ratings hold 8',
];

test('each rule has a code of its own', () => {
  expect(RULES.filter((rule) => datasetProblem(rule).kind === 'other')).toEqual([]);
  expect(new Set(RULES.map((rule) => datasetProblem(rule).kind)).size).toBe(38);
});

test.each<Locale>(['en', 'de', 'fr'])(
  '%s: every problem is a whole sentence of the language, details in place',
  (locale) => {
    speak(locale);
    const said = RULES.map((rule) => datasetProblemText(rule));
    for (const [i, { text, english: isEnglish }] of said.entries()) {
      expect(isEnglish, RULES[i]).toBe(false);
      expect(text, RULES[i]).toMatch(/^\S.*[.!]$/s);
      expect(text, RULES[i]).not.toMatch(/[{}]/);
    }
    if (locale === 'en') return;
    speak('en');
    const inEnglish = RULES.map((rule) => datasetProblemText(rule).text);
    expect(said.filter(({ text }, i) => text === inEnglish[i])).toEqual([]);
  },
);

test.each<[Locale, string, string]>([
  ['en', 'Invalid type: Expected string but received 5', 'This value must be a text (in quotes).'],
  ['de', 'Invalid type: Expected string but received 5', 'Dieser Wert muss ein Text (in Anführungszeichen) sein.'],
  ['fr', 'Invalid type: Expected string but received 5', 'Cette valeur doit être un texte (entre guillemets).'],
  [
    'de',
    'duplicate product id "langchain" (first at $.products[0].id)',
    'Die Produkt-ID „langchain“ kommt zweimal vor; zuerst unter $.products[0].id.',
  ],
  [
    'fr',
    'counts say 0 Gap but the ratings hold 8',
    'Les totaux du résumé indiquent 0 Gap, mais les notes en comptent 8.',
  ],
  ['de', 'Invalid length: Expected >=1 but received 0', 'Diese Liste muss mindestens einen Eintrag enthalten.'],
  ['fr', 'Invalid length: Expected >=3 but received 0', 'Cette liste doit contenir au moins 3 entrées.'],
])('%s: %s', (locale, rule, sentence) => {
  speak(locale);
  expect(datasetProblemText(rule)).toEqual({ text: sentence, english: false });
});

test('a sentence no code names is shown as the rules wrote it, marked English', () => {
  speak('de');
  expect(datasetProblemText('a rule not read yet')).toEqual({ text: 'a rule not read yet', english: true });
});
