// @vitest-environment happy-dom
/** The welcome page's words and links, read without the workspace around it. */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { WelcomePage } from '../../../src/options/welcome-page.tsx';

afterEach(cleanup);

test('the welcome page: its lede, where to try PSF Lens, how to pin it and what it does', () => {
  render(<WelcomePage />);
  const title = screen.getByRole('heading', { level: 1, name: 'Welcome to PSF Lens' });
  // Focused by the workspace after a page change, never a stop of its own in the tab order.
  expect(title.getAttribute('tabindex')).toBe('-1');
  expect(title.nextElementSibling?.textContent).toMatch(/^PSF Lens shows the independent PSF assessment/);
  const tryIt = within(screen.getByRole('region', { name: 'Try it' }));
  expect(tryIt.getByText(/^Look a product up in the library/)).toBeTruthy();
  expect(tryIt.getByRole('link', { name: 'Settings: where the data comes from' }).getAttribute('href')).toBe(
    '#/settings',
  );
  const pin = screen.getByRole('region', { name: 'Keep it at hand' });
  expect([...pin.querySelectorAll('p')].map((p) => p.textContent?.split(':')[0])).toEqual([
    'Chrome and Edge',
    'Firefox',
  ]);
  const does = screen.getByRole('region', { name: 'What it does' });
  expect(
    within(does)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.split(' ')[0]),
  ).toEqual(['Recognises', 'Shows', 'Keeps']);
});
