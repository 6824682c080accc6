/**
 * Whose assessment is shown, for the words of a missing rating and the language of its texts. In PAI's assessments a
 * domain without a rating in PSF Lens's data was rated all the same (the linked assessment has it): "not captured".
 * In the organisation's own (`own`), a domain without one is a domain it did not assess, as its form says: "not
 * assessed". PAI writes in English; an organisation writes in its own language, taken to be the page's.
 */
import { t } from '../shared/i18n.ts';

/** A missing rating in words. */
export const missingRating = (own?: boolean) => t(own ? 'rating_notAssessed' : 'rating_notCaptured');

/** The `lang` of an assessment's own texts (its title, findings, actions, scope). */
export const textLang = (own?: boolean) => (own ? undefined : 'en');
