// @vitest-environment happy-dom
/**
 * The frame's header: the skip link, the name, the navigation with the current page marked for screen readers,
 * the comparison's link only while there is one to show; and a page state's heading, focusable from code only.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Header, StateBox } from '../../../src/options/layout.tsx';
import { LIBRARY, type Route } from '../../../src/options/router.ts';

afterEach(cleanup);

function nav(route: Route, picked: string[] = []) {
  render(<Header route={route} picked={picked} dataset={null} />);
  return within(screen.getByRole('navigation', { name: 'Workspace' }));
}

/** The navigation's links, the current page's marked with a star. */
const links = (route: Route, picked?: string[]) =>
  nav(route, picked)
    .getAllByRole('link')
    .map((a) => `${a.textContent}${a.getAttribute('aria-current') === 'page' ? '*' : ''}`);

describe('Header', () => {
  test.each<[Route, string[]]>([
    [LIBRARY, ['Library*', 'Your organisation', 'Settings']],
    [{ kind: 'organisation' }, ['Library', 'Your organisation*', 'Settings']],
    [{ kind: 'settings' }, ['Library', 'Your organisation', 'Settings*']],
    [{ kind: 'product', productId: 'dspy' }, ['Library', 'Your organisation', 'Settings']],
    [{ kind: 'compare', productIds: [] }, ['Library', 'Compare (0)*', 'Your organisation', 'Settings']],
  ])('at %o the navigation marks the current page', (route, expected) => {
    expect(links(route)).toEqual(expected);
  });

  test('the comparison’s link shows once products are picked, with their count and address', () => {
    const link = nav(LIBRARY, ['dspy', 'crewai']).getByRole('link', { name: 'Compare (2)' });
    expect([link.getAttribute('href'), link.getAttribute('aria-current')]).toEqual([
      '#/compare?products=dspy,crewai',
      null,
    ]);
  });

  test('the name, and a skip link that moves focus to the content without changing the address', () => {
    history.replaceState(null, '', '#/settings');
    render(
      <>
        <Header route={{ kind: 'settings' }} picked={[]} dataset={null} />
        <main id="main" tabIndex={-1} />
      </>,
    );
    expect(screen.getByRole('link', { name: 'PSF Lens workspace' }).getAttribute('href')).toBe('#/library');
    const skip = screen.getByRole('link', { name: 'Skip to the content' });
    expect(fireEvent.click(skip)).toBe(false);
    expect(document.activeElement?.id).toBe('main');
    expect(location.hash).toBe('#/settings');
  });
});

test('a page state’s heading is focusable from code only, never a stop in the tab order', () => {
  render(<StateBox role="status" title="Loading the PSF library…" />);
  expect(screen.getByRole('status').textContent).toBe('Loading the PSF library…');
  expect(screen.getByRole('heading', { level: 1 }).getAttribute('tabindex')).toBe('-1');
});
