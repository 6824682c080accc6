// @vitest-environment happy-dom
// The frame every page shares: loading, error with retry, no dataset, the data's age and source, attribution.
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import type { LibraryView } from '../../../src/shared/messages.ts';
import { bundled } from '../helpers/dataset.ts';
import { fakeApi, go, libraryOf, openAt } from './workspace-fixture.tsx';
import { press } from '../helpers/keyboard.ts';

afterEach(cleanup);

describe('states', () => {
  test('loading while the background answers', () => {
    history.replaceState(null, '', '#/library');
    render(<WorkspaceApp api={{ ...fakeApi(), library: () => new Promise<LibraryView>(() => {}) }} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the PSF library…');
    expect(document.title).toBe('Loading · PSF Lens workspace');
  });

  test('a rejected load says so in words for people, and "Try again" loads again', async () => {
    history.replaceState(null, '', '#/product/crewai');
    const api = fakeApi();
    api.library.mockRejectedValueOnce(new Error('no answer to library'));
    render(<WorkspaceApp api={api} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('PSF Lens could not read its data. PSF Lens did not answer. Try again');
    expect(alert.textContent, 'an internal message name is no sentence for people').not.toContain('no answer to');
    expect(screen.queryByText(/PSF data of/)).toBeNull();
    press('Try again');
    // The button went with its click: the keyboard waits at the start of the content.
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(await screen.findByRole('heading', { level: 1, name: 'CrewAI' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(api.library).toHaveBeenCalledTimes(2);
  });

  test('no dataset: the reason and a retry', async () => {
    history.replaceState(null, '', '#/library');
    const api = fakeApi({ dataset: JSON.stringify({ format: 'unknown' }) });
    render(<WorkspaceApp api={api} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('PSF Lens has no usable dataset: bundled dataset refused: $');
    expect(alert.querySelector('[lang="en"]')?.textContent).toMatch(/^bundled dataset refused: \$/);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('the frame', () => {
  test("names PSF Lens, links the library, and says the data's date and source", async () => {
    await openAt('#/library');
    const header = screen.getByRole('banner');
    expect(
      within(header)
        .getByRole('link', { name: /PSF Lens/ })
        .getAttribute('href'),
    ).toBe('#/library');
    const nav = within(header).getByRole('navigation', { name: 'Workspace' });
    expect(within(nav).getByRole('link', { name: 'Library' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).queryByRole('link', { name: /Compare/ })).toBeNull();
    expect(header.textContent).toContain(`PSF data of ${bundled().published}, bundled`);
  });

  test('credits the Production AI Institute under CC BY 4.0, with links', async () => {
    await openAt('#/library');
    const footer = screen.getByRole('contentinfo');
    const { attribution } = libraryOf().dataset;
    expect(within(footer).getByRole('link', { name: 'Production AI Institute (PAI)' }).getAttribute('href')).toBe(
      attribution.url,
    );
    expect(within(footer).getByRole('link', { name: 'CC BY 4.0' }).getAttribute('href')).toBe(attribution.licenseUrl);
  });

  test('loads the library once however often the page changes', async () => {
    const api = fakeApi();
    await openAt('#/library', api);
    await go('#/product/crewai');
    await go('#/compare?products=crewai,langchain');
    await go('#/library');
    expect(api.library).toHaveBeenCalledTimes(1);
  });

  test('a page change moves focus to the new page heading', async () => {
    await openAt('#/library');
    await go('#/product/dspy');
    const heading = await screen.findByRole('heading', { level: 1, name: 'DSPy' });
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
