// @vitest-environment happy-dom
// The checklist page's frame and states, rendered alone: the crumbs and heading, the assessment it comes from, only
// the domains that have actions, the retired section only when there is one, the product never assessed, the
// not-found page that loads once the library has the product, and a link to an action no longer there.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ActionState } from '../../../src/core/checklist.ts';
import type { WorkspaceApi } from '../../../src/options/api.ts';
import { ChecklistPage } from '../../../src/options/checklist-page.tsx';
import type { Library } from '../../../src/options/library-data.ts';
import { libraryOf, stateOf } from './workspace-fixture.tsx';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const library = libraryOf();
const sk = library.entries.find((e) => e.product.id === 'semantic-kernel');
if (!sk?.assessment) throw new Error('test setup: Semantic Kernel is assessed');
const [firstAction] = sk.assessment.domains.D1?.actions ?? [];
if (!firstAction) throw new Error('test setup: Semantic Kernel has D1 actions');

/** The background's part, answered at once: the states saved, and a save that stores nothing. */
function stubApi(states: ActionState[] = []) {
  return {
    checklist: vi.fn(async () => states),
    updateAction: vi.fn(async (productId: string, actionId: string) => stateOf(productId, actionId)),
  } as unknown as WorkspaceApi & { checklist: ReturnType<typeof vi.fn> };
}

function show(productId: string, api = stubApi(), lib: Library = library, actionId?: string) {
  return render(<ChecklistPage library={lib} api={api} productId={productId} {...(actionId ? { actionId } : {})} />);
}
const loaded = () => waitFor(() => expect(screen.queryByText('Loading the checklist…')).toBeNull());

describe('the checklist page', () => {
  test('crumbs back to the library and the product, a heading that takes focus, the assessment it comes from', async () => {
    show('semantic-kernel');
    await loaded();
    const crumbs = screen.getByRole('link', { name: '← Library' }).closest('p') as HTMLElement;
    expect(crumbs.textContent).toBe('← Library · Semantic Kernel');
    expect(
      within(crumbs)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['← Library', '#/library'],
      ['Semantic Kernel', '#/product/semantic-kernel'],
    ]);
    const heading = screen.getByRole('heading', { level: 1, name: 'Action checklist: Semantic Kernel' });
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('region', { name: 'Action checklist: Semantic Kernel' })).toBeTruthy();
    const from = screen.getByText(/^From the assessment/);
    expect(from.textContent).toBe(
      `From the assessment ${sk.assessment?.title} ↗. Changes are saved as you make them, in this browser only.`,
    );
    expect(within(from).getByRole('link').getAttribute('href')).toBe(sk.assessment?.url);
    expect(document.title).toBe('Checklist: Semantic Kernel · PSF Lens workspace');
  });

  test('only the domains with actions have a section; no retired section and no empty state when none', async () => {
    show('semantic-kernel');
    await loaded();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['D1 Input Governance']);
    expect(screen.queryByText(/Retired/)).toBeNull();
    expect(screen.queryByRole('link', { name: 'Read the full assessment' })).toBeNull();
  });

  test('a retired action is listed once, in its own section with its note', async () => {
    const text = 'Check outputs against the old schema.';
    show('semantic-kernel', stubApi([stateOf('semantic-kernel', 'semantic-kernel.d2.gone', { text, domain: 'D2' })]));
    await loaded();
    expect(screen.getAllByText(text)).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'D2 Output Validation' })).toBeNull();
    const retired = screen.getByRole('region', { name: 'Retired: no longer in the assessment' });
    expect(within(retired).getByText(/The current assessment no longer lists these actions/)).toBeTruthy();
  });

  test('a product never assessed: no actions to track, said with its name', async () => {
    const product = { ...sk.product, id: 'acme-agent', name: 'Acme Agent' };
    const lib = { ...library, entries: [...library.entries, { product, assessment: null }] };
    show('acme-agent', stubApi(), lib);
    await loaded();
    expect(screen.getByText(/has not published/).textContent).toBe(
      'The Production AI Institute has not published a PSF assessment of Acme Agent yet, so there are no actions ' +
        'to track. Read the full assessment',
    );
    expect(screen.getByRole('link', { name: 'Read the full assessment' }).getAttribute('href')).toBe(
      '#/product/acme-agent',
    );
    expect(screen.queryByText(/^From the assessment/)).toBeNull();
  });

  test('a product the library lacks: not found, in the title too; once the library has it, its checklist', async () => {
    const api = stubApi();
    const lib = { ...library, entries: library.entries.filter((e) => e.product.id !== 'semantic-kernel') };
    const view = show('semantic-kernel', api, lib);
    expect(screen.getByRole('heading', { level: 1, name: 'Product not found' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Product not found · PSF Lens workspace'));
    expect(api.checklist).not.toHaveBeenCalled();
    view.rerender(<ChecklistPage library={library} api={api} productId="semantic-kernel" />);
    expect(await screen.findByRole('region', { name: 'D1 Input Governance' })).toBeTruthy();
    expect(api.checklist).toHaveBeenCalledWith('semantic-kernel');
  });

  test('a link to one action centres its row and focuses its status without scrolling again', async () => {
    const view = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    show('semantic-kernel', stubApi(), library, firstAction.id);
    await loaded();
    await waitFor(() => expect(view).toHaveBeenCalledWith({ block: 'center' }));
    expect(view.mock.contexts[0]).toBe(document.getElementById(`action-${firstAction.id}`));
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(document.activeElement?.tagName).toBe('SELECT');
  });

  test('a link to an action no longer there shows the checklist and moves nothing', async () => {
    const view = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => {});
    show('semantic-kernel', stubApi(), library, 'semantic-kernel.d1.gone');
    await loaded();
    expect(screen.getByRole('region', { name: 'D1 Input Governance' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(view).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(document.body);
  });
});
