/** How a rating looks everywhere: text first, an icon beside it, colour last. Never colour alone. */
import type { Rating } from '../core/model.ts';

export const RATING_ICON: Record<Rating | 'none', string> = {
  Strong: '✓',
  Partial: '◐',
  Gap: '✕',
  none: '–',
};

export const NOT_CAPTURED = 'not captured';
