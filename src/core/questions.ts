/**
 * The due-diligence questions PSF Lens asks a vendor, per PSF domain: what a buyer needs to hear, with evidence,
 * before a domain's rating can move up. Written in PSF Lens's own words from what each domain covers. Ids are
 * stable (`D3-2`): a vendor's filled-in answers are matched back to their questions by id, never by wording.
 */
import type { DomainId } from './model.ts';

export interface Question {
  id: string;
  text: string;
  /** What would count as evidence for an answer. */
  evidence: string;
}

function q(id: string, text: string, evidence: string): Question {
  return { id, text, evidence };
}

/** The questions, built afresh (the tests read each build; the extension keeps one, see `domainQuestions`). */
export function buildQuestions(): Record<DomainId, readonly Question[]> {
  return {
    D1: [
      q(
        'D1-1',
        'How is input that reaches the model (user text, retrieved documents, tool results) checked for shape and size before it is used?',
        'Input validation design or configuration',
      ),
      q(
        'D1-2',
        'What detects or blocks prompt injection, including instructions hidden in documents or web pages the system reads?',
        'Test results or a description of the controls',
      ),
      q(
        'D1-3',
        'How are abuse and runaway use throttled (rate limits, quotas, per-tenant limits), and can customers set them?',
        'Documentation of limits and settings',
      ),
    ],
    D2: [
      q(
        'D2-1',
        'How is model output checked before the product acts on it or shows it (schemas, type checks, content filters)?',
        'Design notes or configuration',
      ),
      q(
        'D2-2',
        'What happens when the model refuses, answers out of format or produces something unsafe: is it a handled error with a defined fallback?',
        'Error-handling documentation or examples',
      ),
      q(
        'D2-3',
        'How is output quality measured over time, and what accuracy or error rates can you share for our use case?',
        'Evaluation reports',
      ),
    ],
    D3: [
      q(
        'D3-1',
        'Which personal or confidential data does the product keep, where, for how long, and is any of it used to train models?',
        'Data processing agreement, retention policy',
      ),
      q(
        'D3-2',
        "How are customers' data kept apart from one another (tenant isolation), including in logs, caches and vector stores?",
        'Architecture description or audit report',
      ),
      q(
        'D3-3',
        'Can we delete our data on request and on a schedule, and how is deletion confirmed?',
        'Deletion procedure and its confirmation',
      ),
      q(
        'D3-4',
        'How does the processing map to GDPR and the EU AI Act (roles, legal basis, sub-processors, data location)?',
        'Records of processing, sub-processor list',
      ),
    ],
    D4: [
      q(
        'D4-1',
        'Is every model call logged, chained and tool calls included, with the model version, cost and latency, and can we see those logs?',
        'Sample log records or a dashboard',
      ),
      q(
        'D4-2',
        'Who is alerted when quality, cost or latency drifts, and how fast do they respond?',
        'Alerting and on-call description',
      ),
      q(
        'D4-3',
        'Can we export traces and metrics to our own monitoring, and in which formats?',
        'Integration documentation',
      ),
    ],
    D5: [
      q(
        'D5-1',
        'How do changes to models, prompts and configuration reach production: gated, staged, with quality checks before each step?',
        'Release process description',
      ),
      q(
        'D5-2',
        'Is there a tested rollback for a bad model or prompt change, and when was it last exercised?',
        'Rollback runbook and the date of its last test',
      ),
      q(
        'D5-3',
        'How and how far ahead are we told about model or behaviour changes that affect us?',
        'Change-notification policy',
      ),
      q(
        'D5-4',
        'What incident runbooks exist, and what is your incident notification time to customers?',
        'Runbooks, SLA',
      ),
    ],
    D6: [
      q(
        'D6-1',
        'Which actions can the system take on its own, and which require a person to review or approve first?',
        'Permission model or configuration',
      ),
      q(
        'D6-2',
        'How do users escalate, override or correct the system, and is that recorded?',
        'Product documentation or screenshots',
      ),
      q(
        'D6-3',
        'Is there a kill switch that stops automated actions at once, and who can use it?',
        'Description of the control and a test record',
      ),
    ],
    D7: [
      q(
        'D7-1',
        'How are least privilege and the scope of tool and API access enforced for the model and its agents?',
        'Access model, configuration',
      ),
      q(
        'D7-2',
        'How are keys, tokens and secrets stored and rotated, and can the model ever see them?',
        'Secrets-management description',
      ),
      q(
        'D7-3',
        'What prevents tool misuse and data exfiltration through the model (egress limits, allow-lists, output checks)?',
        'Threat model or penetration test summary',
      ),
      q(
        'D7-4',
        'How do you manage supply-chain risk in models, packages and plugins (provenance, pinning, scanning)?',
        'SBOM, scanning reports',
      ),
      q(
        'D7-5',
        'Which independent security assessments or certifications cover the product?',
        'Reports or certificates',
      ),
    ],
    D8: [
      q(
        'D8-1',
        'What happens to our service if your model provider fails or changes terms: is there a fallback provider or model?',
        'Continuity plan',
      ),
      q(
        'D8-2',
        'How much notice do you give before deprecating a model, feature or API version?',
        'Deprecation policy',
      ),
      q(
        'D8-3',
        'Can we export our data, prompts and configuration in a portable format, and what does leaving involve?',
        'Export documentation, exit terms',
      ),
      q(
        'D8-4',
        'Which contract terms cover availability, liability and changes to the service?',
        'Contract or SLA excerpts',
      ),
    ],
  };
}

let table: Record<DomainId, readonly Question[]> | undefined;
let byId: Map<string, Question> | undefined;
/**
 * The questions, built on first use: the service worker loads this module at every start but asks for them only
 * for a questionnaire, so until then they take none of its heap.
 */
export function domainQuestions(): Record<DomainId, readonly Question[]> {
  return (table ??= buildQuestions());
}

export function questionById(id: string): Question | undefined {
  byId ??= new Map(Object.values(domainQuestions()).flatMap((list) => list.map((item) => [item.id, item])));
  return byId.get(id);
}
