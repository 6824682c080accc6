// Every reason core gives for refusing a field of an assessment, or a vendor's answers file or row, reads as its own
// whole English sentence with its details in place: what is wrong and what to do, never a code.
import { expect, test } from 'vitest';
import type { FieldLabel, FieldProblem } from '../../../src/core/org-draft-check.ts';
import type { FileProblem, RowProblem } from '../../../src/core/questionnaire-import.ts';
import { fileProblemText, rowProblemText } from '../../../src/options/answer-problems.ts';
import { fieldProblemText } from '../../../src/options/field-problems.ts';

test.each<[FieldProblem, string]>([
  [{ kind: 'required', label: 'name' }, 'The product name must not be empty.'],
  [
    { kind: 'too-long', label: 'findings', max: 400 },
    'This finding is longer than 400 characters, too long for the UI.',
  ],
  [
    { kind: 'other', label: 'id', text: 'holds an invisible character' },
    "The product's id holds an invisible character.",
  ],
  [{ kind: 'no-site' }, 'Add at least one site (a host name) where the product lives.'],
  [{ kind: 'host' }, 'A host is a lower-case name such as vendor.example: no https://, no www., no path.'],
  [{ kind: 'path' }, 'A path starts with / and holds no ? or #, such as /product.'],
  [{ kind: 'no-assessor' }, 'Name the assessor: a person or a team.'],
  [{ kind: 'date' }, 'The date is a day, YYYY-MM-DD.'],
  [{ kind: 'evidence-https' }, 'An evidence link is an https:// address.'],
  [
    { kind: 'evidence-too-long', max: 2000 },
    "This domain's evidence links are too long together (2000 characters at most): keep the essential ones.",
  ],
  [{ kind: 'duplicate-action' }, 'Another action of this assessment has the same id: remove one.'],
  [
    { kind: 'duplicate-product' },
    'Your organisation already has an assessment of this product: edit that one instead.',
  ],
])('a field: %j', (problem, sentence) => {
  expect(fieldProblemText(problem)).toBe(sentence);
});

test.each<[FieldLabel, string]>([
  ['name', 'The product name'],
  ['vendor', 'The vendor'],
  ['category', 'The category'],
  ['sites', 'The sites'],
  ['host', 'The host'],
  ['path', 'The path'],
  ['findings', 'This finding'],
  ['actions', 'This action'],
  ['evidence', 'This evidence link'],
  ['assessor', 'The assessor'],
  ['date', 'The date'],
  ['scope', 'The scope'],
  ['id', "The product's id"],
  ['field', 'This field'],
])('the field %s is named as "%s"', (label, subject) => {
  expect(fieldProblemText({ kind: 'required', label })).toBe(`${subject} must not be empty.`);
});

test.each<[RowProblem, string]>([
  [
    { kind: 'other-product', productId: 'crewai', expected: 'langchain' },
    'Row 7 was not taken: it is for product "crewai", not "langchain".',
  ],
  [{ kind: 'no-question-id' }, 'Row 7 was not taken: it has no question_id.'],
  [{ kind: 'not-asked', questionId: 'D9-1' }, 'Row 7 was not taken: question "D9-1" is not in this questionnaire.'],
  [
    { kind: 'answer-too-long', length: 12001, max: 10000 },
    'Row 7 was not taken: the answer is 12001 characters, over 10000.',
  ],
  [{ kind: 'too-many-links', count: 30, max: 20 }, 'Row 7 was not taken: it has 30 evidence links, over 20.'],
  [
    { kind: 'not-https', link: 'http://vendor.example' },
    'Row 7 was not taken: evidence "http://vendor.example" is not an https link.',
  ],
  [
    { kind: 'answered-twice', questionId: 'D1-1', firstRow: 3 },
    'Row 7 was not taken: question D1-1 is already answered in row 3.',
  ],
])('a row: %j', (problem, sentence) => {
  expect(rowProblemText(7, problem)).toBe(sentence);
});

test.each<[FileProblem, string]>([
  [{ kind: 'unclosed-quote' }, 'The file is not readable CSV: a quoted field is never closed (a " is missing).'],
  [
    { kind: 'missing-columns', columns: ['answer'] },
    'The file is not a PSF Lens questionnaire: its first row lacks the column answer. Export the questionnaire as CSV and send the vendor that file.',
  ],
  [
    { kind: 'missing-columns', columns: ['question_id', 'answer'] },
    'The file is not a PSF Lens questionnaire: its first row lacks the columns question_id, answer. Export the questionnaire as CSV and send the vendor that file.',
  ],
  [
    { kind: 'other-product', productId: 'crewai', expected: 'langchain' },
    'Every row of the file is for product "crewai", not "langchain": open that product\'s questionnaire to read its answers.',
  ],
])('a file: %j', (problem, sentence) => {
  expect(fileProblemText(problem)).toBe(sentence);
});
