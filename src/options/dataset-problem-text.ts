/**
 * Why a dataset file (an import, or one given back by Undo) was refused, problem by problem, in the page's
 * language. The rules say each problem in English (as `psf-lens check` prints it); core reads it back as a code with
 * its details (`datasetProblem`), and this is the one place the codes become sentences. A problem no code names is
 * shown in the rules' own English, and the caller marks it so.
 */
import { datasetProblem, type DatasetProblem } from '../core/dataset-problems.ts';
import { t, type MessageKey } from '../shared/i18n.ts';

const DUPLICATE: Record<Extract<DatasetProblem, { kind: 'duplicate-id' }>['what'], MessageKey> = {
  domain: 'dataset_problem_duplicateDomain',
  product: 'dataset_problem_duplicateProduct',
  assessment: 'dataset_problem_duplicateAssessment',
  action: 'dataset_problem_duplicateAction',
};

function sentence(problem: DatasetProblem): string {
  switch (problem.kind) {
    case 'not-json':
      if (problem.line !== undefined)
        return t('dataset_problem_notJsonAt', { line: problem.line, column: problem.column ?? 0 });
      if (problem.position !== undefined) return t('dataset_problem_notJsonAtChar', { position: problem.position });
      return t('dataset_problem_notJson');
    case 'not-dataset':
      return t('dataset_problem_notDataset', { what: t(`dataset_held_${problem.held}`) });
    case 'lens-export':
      return t('dataset_problem_lensExport');
    case 'no-dataset-fields':
      return t('dataset_problem_noDatasetFields');
    case 'repeated-key': {
      const { key, line, column, firstLine, firstColumn } = problem;
      return t('dataset_problem_repeatedKey', { key, line, column, firstLine, firstColumn });
    }
    case 'format-newer':
      return t('dataset_problem_formatNewer', { format: problem.format });
    case 'format-unknown':
      return t('dataset_problem_formatUnknown');
    case 'missing':
      return t('dataset_problem_missing');
    case 'unknown-field':
      return t('dataset_problem_unknownField', { field: problem.field });
    case 'type':
      return t('dataset_problem_type', { what: t(`dataset_value_${problem.expected}`) });
    case 'one-of':
      return t('dataset_problem_oneOf', { options: problem.options.join(', ') });
    case 'unknown-domain':
      return t('dataset_problem_unknownDomain');
    case 'empty':
      return t('dataset_problem_empty');
    case 'too-long':
      return t('dataset_problem_tooLong', { max: problem.max });
    case 'too-few':
      return t.plural('dataset_problem_tooFew', problem.min);
    case 'no-match-rule':
      return t('dataset_problem_noMatchRule');
    case 'conflict-sources':
      return t('dataset_problem_conflictSources');
    case 'eight-domains':
      return t('dataset_problem_eightDomains');
    case 'whole-number':
      return t('dataset_problem_wholeNumber');
    case 'at-least':
      return t('dataset_problem_atLeast', { min: problem.min });
    case 'at-most':
      return t('dataset_problem_atMost', { max: problem.max });
    case 'id-form':
      return t('dataset_problem_idForm');
    case 'date-form':
      return t('dataset_problem_dateForm');
    case 'no-such-date':
      return t('dataset_problem_noSuchDate', { value: problem.value, days: problem.days });
    case 'version-form':
      return t('dataset_problem_versionForm');
    case 'host-form':
      return t('dataset_problem_hostForm');
    case 'path-form':
      return t('dataset_problem_pathForm');
    case 'path-stars':
      return t('dataset_problem_pathStars');
    case 'not-url':
      return t('dataset_problem_notUrl');
    case 'not-https':
      return t('dataset_problem_notHttps');
    case 'credentials':
      return t('dataset_problem_credentials', { host: problem.host });
    case 'invisible':
      return t('dataset_problem_invisible', { code: problem.code, position: problem.position });
    case 'duplicate-id':
      return t(DUPLICATE[problem.what], { id: problem.id, first: problem.first });
    case 'shared-host':
      return t('dataset_problem_sharedHost', { host: problem.host });
    case 'nothing-to-exclude':
      return t('dataset_problem_nothingToExclude', { product: problem.product, host: problem.host });
    case 'unknown-product':
      return t('dataset_problem_unknownProduct', { id: problem.id });
    case 'counts-total':
      return t('dataset_problem_countsTotal', { total: problem.total });
    case 'counts-disagree':
      return t('dataset_problem_countsDisagree', { says: problem.says, rating: problem.rating, holds: problem.holds });
    case 'other':
      return problem.message;
  }
}

/** One problem as a sentence of the page's language; `english` when it could only be given in the rules' words. */
export function datasetProblemText(message: string): { text: string; english: boolean } {
  const problem = datasetProblem(message);
  return { text: sentence(problem), english: problem.kind === 'other' };
}
