// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { openAt } from './workspace-fixture.tsx';

afterEach(cleanup);

describe('#/welcome', () => {
  test('says what PSF Lens does and never does, how to pin it, and where to try it', async () => {
    await openAt('#/welcome');
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to PSF Lens' })).toBeTruthy();
    expect(document.title).toBe('Welcome to PSF Lens · PSF Lens workspace');
    const never = screen.getByRole('region', { name: 'What it never does' });
    expect(never.textContent).toMatch(/No tracking/);
    expect(never.textContent).toMatch(/No network request at all, unless you or your administrator configure/);
    expect(screen.getByRole('region', { name: 'Keep it at hand' }).textContent).toMatch(/pin/i);
    const legend = screen.getByText('What PSF and the ratings mean').closest('details');
    expect(legend?.open).toBe(true);
    const tryIt = within(screen.getByRole('region', { name: 'Try it' }));
    expect(tryIt.getByRole('link', { name: 'Open the library' }).getAttribute('href')).toBe('#/library');
  });
});
