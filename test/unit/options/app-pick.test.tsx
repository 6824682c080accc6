// @vitest-environment happy-dom
/**
 * The comparison in the address is the current pick: the library shows it ticked and the navigation links back
 * to it, however the comparison was reached, and never more products than a comparison holds.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { MAX_COMPARE } from '../../../src/options/library-data.ts';
import { bundled } from '../helpers/dataset.ts';
import { go, openAt } from './workspace-fixture.tsx';

afterEach(cleanup);

const compareLink = () =>
  within(screen.getByRole('navigation', { name: 'Workspace' })).getByRole('link', { name: /^Compare/ });

test('a comparison opened by its address is the pick the library shows ticked', async () => {
  await openAt('#/compare?products=dspy,crewai');
  await go('#/library');
  const ticked = (name: string) =>
    (screen.getByRole('checkbox', { name: `Compare ${name}` }) as HTMLInputElement).checked;
  expect([ticked('DSPy'), ticked('CrewAI'), ticked('Haystack')]).toEqual([true, true, false]);
  expect([compareLink().textContent, compareLink().getAttribute('href')]).toEqual([
    'Compare (2)',
    '#/compare?products=dspy,crewai',
  ]);
});

test('each comparison reached from the library becomes the pick, up to the most a comparison holds', async () => {
  await openAt('#/library');
  await go('#/compare?products=dspy,crewai');
  await waitFor(() => expect(compareLink().textContent).toBe('Compare (2)'));
  const ids = bundled()
    .products.slice(0, MAX_COMPARE + 1)
    .map((p) => p.id);
  await go(`#/compare?products=${ids.join(',')}`);
  await waitFor(() => expect(compareLink().textContent).toBe(`Compare (${MAX_COMPARE})`));
  expect(compareLink().getAttribute('href')).toBe(`#/compare?products=${ids.slice(0, MAX_COMPARE).join(',')}`);
});

test('a comparison of other products is a new pick, even where their ids run together the same', async () => {
  await openAt('#/compare?products=dspy,crewai');
  await go('#/compare?products=dsp,ycrewai');
  await waitFor(() => expect(compareLink().getAttribute('href')).toBe('#/compare?products=dsp,ycrewai'));
});
