/** The toolbar icon's per-tab state: badge text, colour and title. Colour never carries meaning alone. */
import { headlineText, type Headline } from '../core/summary.ts';

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

export function toolbarLook(state: ToolbarState): ToolbarLook {
  switch (state.kind) {
    case 'assessed':
      return {
        text: 'PSF',
        color: state.headline.kind === 'none' ? TOOLBAR_COLORS.neutral : TOOLBAR_COLORS.assessed,
        title: `PSF Lens: ${state.productName}, ${headlineText(state.headline)}`,
      };
    case 'several':
      return {
        text: 'PSF',
        color: TOOLBAR_COLORS.assessed,
        title: `PSF Lens: ${state.names.length} rated products here: ${state.names.join(', ')}`,
      };
    case 'not-assessed':
      return {
        text: '–',
        color: TOOLBAR_COLORS.neutral,
        title: `PSF Lens: ${state.productName} has no PSF assessment yet`,
      };
    case 'none':
      return { text: '', color: TOOLBAR_COLORS.neutral, title: 'PSF Lens' };
  }
}
