/**
 * What a buyer should look at first, derived only from the assessment's captured ratings and its own actions:
 * which domains are Gap, how many ratings were not captured, and the actions of the Gap domains, then of the
 * Partial ones, in the assessment's order. Never a judgement of PSF Lens's own.
 */
import { DOMAIN_IDS, type Action, type Assessment, type DomainId, type Rating } from './model.ts';

export interface Verdict {
  gaps: DomainId[];
  partials: DomainId[];
  strong: DomainId[];
  /** Domains whose rating PSF Lens's data does not hold: neutral, never counted as Gap. */
  notCaptured: DomainId[];
}

export function verdict(assessment: Pick<Assessment, 'ratings'>): Verdict {
  const by = (rating: Rating | undefined) => DOMAIN_IDS.filter((id) => assessment.ratings[id] === rating);
  return { gaps: by('Gap'), partials: by('Partial'), strong: by('Strong'), notCaptured: by(undefined) };
}

export interface FirstAction {
  domain: DomainId;
  rating: 'Gap' | 'Partial';
  action: Action;
}

/** The actions to take first: every action of a Gap domain, then of a Partial one, up to `limit`. */
export function topActions(assessment: Pick<Assessment, 'ratings' | 'domains'>, limit = 3): FirstAction[] {
  const out: FirstAction[] = [];
  for (const rating of ['Gap', 'Partial'] as const) {
    for (const domain of DOMAIN_IDS) {
      if (assessment.ratings[domain] !== rating) continue;
      for (const action of assessment.domains[domain]?.actions ?? []) out.push({ domain, rating, action });
    }
  }
  return out.slice(0, limit);
}

/** Every practitioner action of the assessment, whatever its domain's rating. */
export function actionCount(assessment: Pick<Assessment, 'domains'>): number {
  return DOMAIN_IDS.reduce((n, id) => n + (assessment.domains[id]?.actions.length ?? 0), 0);
}
