/**
 * A due-diligence questionnaire for a vendor: for each domain an assessment rates Gap or Partial, or did not
 * capture, the questions whose answers would move the rating. A Strong domain is left out; a product with no
 * assessment gets all eight domains. Exported as Markdown and CSV (the vendor fills in the CSV and sends it back,
 * see questionnaire-import.ts). Pure.
 */
import { csvTable } from './csv.ts';
import { mdText, mdUrl } from './export.ts';
import { DOMAIN_IDS, domainName, type Assessment, type Domain, type DomainId, type Rating } from './model.ts';
import { domainQuestions, type Question } from './questions.ts';

export const QUESTIONNAIRE_FORMATS = ['md', 'csv'] as const;
export type QuestionnaireFormat = (typeof QUESTIONNAIRE_FORMATS)[number];

/** Whose assessment the questions come from: PAI's, the organisation's own, or none yet. */
export type QuestionnaireBasis =
  { kind: 'pai'; title: string; url: string } | { kind: 'organisation'; title: string } | { kind: 'none' };

export interface QuestionnaireSection {
  domain: DomainId;
  name: string;
  /** The rating now; null when it was not captured (or there is no assessment). */
  rating: Rating | null;
  questions: readonly Question[];
}

export interface Questionnaire {
  product: { id: string; name: string; vendor: string };
  basis: QuestionnaireBasis;
  sections: QuestionnaireSection[];
}

/** A vendor's answer to one question. */
export interface Answer {
  questionId: string;
  answer: string;
  /** https links, as the vendor gave them. */
  evidence: string[];
}

export const CSV_HEADER = [
  'product_id',
  'question_id',
  'domain_id',
  'domain',
  'current_rating',
  'question',
  'evidence_wanted',
  'answer',
  'evidence_links',
] as const;

/**
 * A domain's rating now. Without one: PAI rated it but PSF Lens did not capture it ("not captured"); an
 * organisation's own assessment did not assess it, and without any assessment nobody has ("not assessed").
 */
function ratingWord(rating: Rating | null, basis: QuestionnaireBasis): string {
  return rating ?? missingWord(basis);
}

const missingWord = (basis: QuestionnaireBasis) => (basis.kind === 'pai' ? 'not captured' : 'not assessed');

export function buildQuestionnaire(
  product: Questionnaire['product'],
  assessment: Pick<Assessment, 'ratings'> | null,
  domains: readonly Pick<Domain, 'id' | 'name'>[],
  basis: QuestionnaireBasis,
): Questionnaire {
  const sections = DOMAIN_IDS.flatMap((domain): QuestionnaireSection[] => {
    const rating = assessment?.ratings[domain] ?? null;
    if (rating === 'Strong') return [];
    return [{ domain, name: domainName(domains, domain), rating, questions: domainQuestions()[domain] }];
  });
  return { product: { id: product.id, name: product.name, vendor: product.vendor }, basis, sections };
}

function basisLine(basis: QuestionnaireBasis): string {
  switch (basis.kind) {
    case 'pai':
      return `Based on the independent PSF assessment “${mdText(basis.title)}” by the Production AI Institute (${mdUrl(basis.url)}).`;
    case 'organisation':
      return `Based on our organisation's own PSF assessment “${mdText(basis.title)}”.`;
    case 'none':
      return 'There is no PSF assessment of this product yet, so every domain is asked about.';
  }
}

function markdown(form: Questionnaire, answers: ReadonlyMap<string, Answer>): string {
  const { product } = form;
  const lines = [
    `# PSF due-diligence questionnaire: ${mdText(product.name)} (${mdText(product.vendor)})`,
    '',
    basisLine(form.basis),
    `Each section below is a domain of the Production Safety Framework rated Gap or Partial, or ${form.basis.kind === 'pai' ? 'not yet captured' : 'not assessed yet'}.`,
    'Please answer each question and link the evidence (https links).',
    '',
  ];
  if (!form.sections.length) lines.push('Every domain is rated Strong: there are no open questions.', '');
  for (const section of form.sections) {
    lines.push(`## ${section.domain} ${mdText(section.name)} (now: ${ratingWord(section.rating, form.basis)})`, '');
    for (const question of section.questions) {
      const given = answers.get(question.id);
      lines.push(
        `### ${question.id}. ${mdText(question.text)}`,
        '',
        `_Evidence wanted: ${mdText(question.evidence)}._`,
        '',
        `**Answer:** ${given?.answer ? mdText(given.answer) : ''}`,
        '',
        `**Evidence:** ${given?.evidence.map(mdUrl).join(' ') ?? ''}`,
        '',
      );
    }
  }
  return `${lines.join('\n').replace(/ +\n/g, '\n').trimEnd()}\n`;
}

function csv(form: Questionnaire, answers: ReadonlyMap<string, Answer>): string {
  const rows = form.sections.flatMap((section) =>
    section.questions.map((question) => {
      const given = answers.get(question.id);
      return [
        form.product.id,
        question.id,
        section.domain,
        section.name,
        ratingWord(section.rating, form.basis),
        question.text,
        question.evidence,
        given?.answer ?? '',
        given?.evidence.join(' ') ?? '',
      ];
    }),
  );
  return csvTable(CSV_HEADER, rows);
}

/** The questionnaire as a file, with any answers already received filled in. */
export function questionnaireExport(
  form: Questionnaire,
  format: QuestionnaireFormat,
  answers: readonly Answer[],
): string {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  return format === 'md' ? markdown(form, byId) : csv(form, byId);
}

/** Whose assessment a dataset holds: PAI's (the bundled dataset and its feed), or an organisation's own file. */
export function basisOf(assessment: Pick<Assessment, 'title' | 'url'> | null, attribution: { publisher: string }) {
  if (!assessment) return { kind: 'none' } as const;
  return /Production AI Institute/i.test(attribution.publisher)
    ? ({ kind: 'pai', title: assessment.title, url: assessment.url } as const)
    : ({ kind: 'organisation', title: assessment.title } as const);
}
