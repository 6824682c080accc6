/** A rating is never told by colour alone: each has its own icon beside its name. */
import { expect, test } from 'vitest';
import { RATING_ICON } from '../../../src/shared/rating-look.ts';

test('Strong, Partial, Gap and not captured each have an icon of their own', () => {
  const icons = [RATING_ICON.Strong, RATING_ICON.Partial, RATING_ICON.Gap, RATING_ICON.none];
  for (const icon of icons) expect(icon).toMatch(/^\S$/u);
  expect(new Set(icons).size).toBe(4);
});
