/**
 * What stops an assessment from being saved, said beside its field in the page's language. The problems come from
 * core (`checkDraft`) as codes with their details; this is the one place they become sentences. A dataset rule's
 * own refusal is said as the dataset problem it codes (datasetProblemText), as the organisation page's imports say it.
 */
import type { FieldIssue, FieldLabel, FieldProblem } from '../core/org-draft-check.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { datasetProblemText } from './dataset-problem-text.ts';

/**
 * Whether a problem belongs to no field the form shows: the product's id (made from its name or the PAI product's)
 * and what no field explains. Those are said in the save notice itself, with what they are about.
 */
export const isUnplaced = (issue: FieldIssue) => issue.field === 'id' || issue.field === 'form';

/** The field a problem is about, as the subject of its sentence ("The product name", "This finding"). */
const SUBJECT: Record<FieldLabel, MessageKey> = {
  name: 'org_field_name',
  vendor: 'org_field_vendor',
  category: 'org_field_category',
  sites: 'org_field_sites',
  host: 'org_field_host',
  path: 'org_field_path',
  findings: 'org_field_finding',
  actions: 'org_field_action',
  evidence: 'org_field_evidence',
  assessor: 'org_field_assessor',
  date: 'org_field_date',
  scope: 'org_field_scope',
  id: 'org_field_id',
  field: 'org_field_any',
};

export function fieldProblemText(problem: FieldProblem): string {
  switch (problem.kind) {
    case 'required':
      return t('org_problem_required', { field: t(SUBJECT[problem.label]) });
    case 'too-long':
      return t('org_problem_tooLong', { field: t(SUBJECT[problem.label]), max: problem.max });
    case 'other': {
      const rule = datasetProblemText(problem.text);
      // A sentence no code names (a rule newer than these words): the rule's English, after the field's name.
      if (rule.english) return t('org_problem_rule', { field: t(SUBJECT[problem.label]), rule: problem.text });
      // Beside its field, the sentence says "this text", "this value"; elsewhere, it names what it is about.
      if (problem.path) return t('dataset_problem_line', { path: problem.path, problem: rule.text });
      if (problem.label === 'id') return t('org_problem_of', { field: t(SUBJECT.id), problem: rule.text });
      return rule.text;
    }
    case 'no-site':
      return t('org_problem_noSite');
    case 'host':
      return t('org_problem_host');
    case 'path':
      return t('org_problem_path');
    case 'no-assessor':
      return t('org_problem_noAssessor');
    case 'date':
      return t('org_problem_date');
    case 'evidence-https':
      return t('org_problem_evidenceHttps');
    case 'evidence-too-long':
      return t('org_problem_evidenceTooLong', { max: problem.max });
    case 'duplicate-action':
      return t('org_problem_duplicateAction');
    case 'duplicate-product':
      return t('org_problem_duplicateProduct');
  }
}
