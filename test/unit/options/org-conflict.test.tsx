// @vitest-environment happy-dom
// The note of a team feed that holds another version of an assessment: each difference named in the page's words,
// and the two choices, of which only a click takes the team's version.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { emptyDraft } from '../../../src/core/org-draft.ts';
import { differenceText, OrgConflict } from '../../../src/options/org-conflict.tsx';
import { setTranslator, translator } from '../../../src/shared/i18n.ts';
import { localeCatalog } from '../helpers/locale.ts';

afterEach(() => {
  cleanup();
  setTranslator(translator('en', localeCatalog('en')));
});

test("each difference in the page's words: the product fields, a domain part, anything else as it came", () => {
  setTranslator(translator('de', localeCatalog('de'), localeCatalog('en')));
  expect(['name', 'vendor', 'sites', 'assessor', 'date', 'scope'].map(differenceText)).toEqual([
    'Name',
    'Anbieter',
    'Websites',
    'Bewertet von',
    'Datum',
    'Umfang',
  ]);
  expect(['D3 rating', 'D1 findings', 'D8 actions', 'D2 evidence'].map(differenceText)).toEqual([
    'Einstufung D3',
    'Befunde D1',
    'Maßnahmen D8',
    'Belege D2',
  ]);
  // A part no catalog names, a domain with no part, a future field: shown as they came, never dropped.
  expect(['D3 notes', 'D3', 'category', 'rating', ' rating'].map(differenceText)).toEqual([
    'D3 notes',
    'D3',
    'category',
    'rating',
    ' rating',
  ]);
});

test('the note names the feed version and every difference; the choices hand on the team draft or keep mine', () => {
  const feedDraft = emptyDraft('acme-agent', '2026-11-02');
  const onTake = vi.fn();
  const onKeep = vi.fn();
  render(
    <OrgConflict
      conflict={{ feedVersion: '2026.11.2', differences: ['scope', 'D3 rating'], feedDraft }}
      onTake={onTake}
      onKeep={onKeep}
    />,
  );
  const region = screen.getByRole('region', { name: 'The team feed differs' });
  expect(region.querySelector('p')?.textContent).toBe(
    "Your team's feed (version 2026.11.2) has a different version of this assessment. It differs in: scope, D3 " +
      'rating. Nothing was changed here.',
  );
  expect(region.textContent).toContain("Take the team's version into this draft Keep mine");
  expect(onTake).not.toHaveBeenCalled();
  fireEvent.click(within(region).getByRole('button', { name: "Take the team's version into this draft" }));
  expect(onTake).toHaveBeenCalledWith(feedDraft);
  fireEvent.click(within(region).getByRole('button', { name: 'Keep mine' }));
  expect(onKeep).toHaveBeenCalledOnce();
});
