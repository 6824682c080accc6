/**
 * The toolbar icon's per-tab state: badge text, colour and title. Colour never carries meaning alone. The title
 * is in the reader's language (the `toolbar_` words of `_locales`); the ratings' names are PSF's own terms.
 */
import type { Counts } from '../core/model.ts';
import type { Headline } from '../core/summary.ts';
import type { Translator } from '../shared/i18n.ts';

export type ToolbarState =
  | { kind: 'assessed'; productName: string; headline: Headline }
  | { kind: 'not-assessed'; productName: string }
  /** A vendor's home page, about several rated products. */
  | { kind: 'several'; names: string[] }
  | { kind: 'none' };

export interface ToolbarLook {
  text: string;
  color: string;
  title: string;
}

/** PSF blue for an assessment, neutral grey where ratings were not captured or none exists: never red. */
export const TOOLBAR_COLORS = { assessed: '#2952cc', neutral: '#5f6773' } as const;

const RATINGS = ['Strong', 'Partial', 'Gap'] as const;

/** The headline in a few words, e.g. "1 Strong · 5 Partial · 2 Gap" or "2 Strong · 6 not captured". */
function summary(h: Headline, t: Translator): string {
  const counts = (c: Counts, all: boolean) =>
    RATINGS.filter((r) => all || c[r] > 0).map((r) => `${c[r].toLocaleString(t.locale)} ${r}`);
  switch (h.kind) {
    case 'complete':
      return counts(h.counts, true).join(' · ');
    case 'source-counts':
      return t.plural('toolbar_captured', h.captured, { counts: counts(h.counts, true).join(' · ') });
    case 'partial':
      return [...counts(h.counts, false), t.plural('toolbar_notCaptured', 8 - h.captured)].join(' · ');
    case 'none':
      return t('toolbar_noRatings');
  }
}

export function toolbarLook(state: ToolbarState, t: Translator): ToolbarLook {
  switch (state.kind) {
    case 'assessed':
      return {
        text: 'PSF',
        color: state.headline.kind === 'none' ? TOOLBAR_COLORS.neutral : TOOLBAR_COLORS.assessed,
        title: t('toolbar_assessed', { name: state.productName, summary: summary(state.headline, t) }),
      };
    case 'several':
      return {
        text: 'PSF',
        color: TOOLBAR_COLORS.assessed,
        title: t.plural('toolbar_several', state.names.length, { names: state.names.join(', ') }),
      };
    case 'not-assessed':
      return {
        text: '–',
        color: TOOLBAR_COLORS.neutral,
        title: t('toolbar_notAssessed', { name: state.productName }),
      };
    case 'none':
      return { text: '', color: TOOLBAR_COLORS.neutral, title: 'PSF Lens' };
  }
}
