/** An assessment the organisation wrote of its own product, Acme Agent on acme.example, as the form holds it. */
import type { DomainId, Rating } from '../../../src/core/model.ts';
import { emptyDraft, type OrgDraft } from '../../../src/core/org-draft.ts';

export function acmeDraft(ratings: Partial<Record<DomainId, Rating>> = {}, assessor = 'Team'): OrgDraft {
  const draft = emptyDraft('acme-agent', '2026-11-20');
  Object.assign(draft, { name: 'Acme Agent', vendor: 'Acme', assessor, sites: [{ host: 'acme.example', path: '' }] });
  for (const [domain, rating] of Object.entries(ratings)) draft.domains[domain as DomainId].rating = rating;
  return draft;
}
