// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { WatchView } from '../../../src/shared/messages.ts';
import { fakeApi, go, libraryOf, openAt, stateOf } from './workspace-fixture.tsx';

afterEach(cleanup);

const codex = libraryOf().entries.find((e) => e.product.id === 'openai-codex');

describe('#/product/<id>', () => {
  test('renders from its deep link: name, the eight domains, the full assessment link, the title', async () => {
    await openAt('#/product/openai-codex');
    expect(screen.getByRole('heading', { level: 1, name: 'OpenAI Codex' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: codex?.assessment?.title })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'All eight domains' })).toBeTruthy();
    expect(document.querySelectorAll('.domains summary')).toHaveLength(8);
    expect(screen.getByRole('link', { name: /Read the full assessment/ }).getAttribute('href')).toBe(
      codex?.assessment?.url,
    );
    expect(document.title).toBe('OpenAI Codex · PSF Lens workspace');
  });

  test('a domain opens to its findings and actions', async () => {
    await openAt('#/product/openai-codex');
    const action = codex?.assessment?.domains.D7?.actions[0]?.text ?? '';
    expect(action).not.toBe('');
    const d7 = [...document.querySelectorAll('.domains details')].find((d) => d.textContent?.startsWith('D7'));
    expect((d7 as HTMLDetailsElement).open).toBe(false);
    expect(within(d7 as HTMLElement).getByText(action)).toBeTruthy();
  });

  test('links to the checklist and to "Compare with..."; nothing about a tab or a badge', async () => {
    await openAt('#/product/langchain');
    expect(screen.getByRole('link', { name: 'Action checklist' }).getAttribute('href')).toBe('#/checklist/langchain');
    expect(screen.getByRole('link', { name: 'Compare with…' }).getAttribute('href')).toBe(
      '#/compare?products=langchain',
    );
    expect(screen.getByRole('region', { name: 'Variants' })).toBeTruthy();
    expect(screen.queryByText(/Recognised:/)).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Show the badge/ })).toBeNull();
  });

  test('a partial assessment keeps "not captured" as such', async () => {
    await openAt('#/product/haystack');
    const rows = [...document.querySelectorAll('.domains summary')];
    expect(rows.filter((r) => r.textContent?.includes('not captured'))).toHaveLength(4);
    expect(rows.filter((r) => r.textContent?.includes('Gap'))).toHaveLength(1);
  });

  test('leads with the assessment: the verdict and domains come before the watch and the history', async () => {
    await openAt('#/product/openai-codex');
    const verdict = screen.getByText(/^Gap in 2 of 8 rated domains/);
    const watch = await screen.findByLabelText(/Watch OpenAI Codex/);
    expect(verdict.compareDocumentPosition(watch) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('offers no checklist for a product whose assessment lists no actions', async () => {
    await openAt('#/product/crewai');
    expect(screen.queryByRole('link', { name: 'Action checklist' })).toBeNull();
  });

  test('still offers the checklist when an update dropped every action the user had tracked there', async () => {
    // What the user set on an action of CrewAI's earlier assessment, before an update left it none.
    const kept = stateOf('crewai', 'crewai.d1.retired-step', { status: 'in-progress', owner: 'Ana', text: 'Old step' });
    await openAt('#/product/crewai', fakeApi({ states: [kept] }));
    const link = await screen.findByRole('link', { name: 'Action checklist' });
    expect(link.getAttribute('href')).toBe('#/checklist/crewai');
  });

  test('an unknown id: a clear not-found state with a way back', async () => {
    await openAt('#/product/no-such-product');
    expect(screen.getByRole('heading', { level: 1, name: 'Product not found' })).toBeTruthy();
    expect(screen.getByText('no-such-product')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the library' }).getAttribute('href')).toBe('#/library');
    expect(document.title).toBe('Product not found · PSF Lens workspace');
  });

  test('follows a hashchange from one product to another', async () => {
    await openAt('#/product/crewai');
    expect(screen.getByRole('heading', { level: 1, name: 'CrewAI' })).toBeTruthy();
    await go('#/product/dspy');
    expect(screen.getByRole('heading', { level: 1, name: 'DSPy' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1, name: 'CrewAI' })).toBeNull();
  });
});

describe('watching a product', () => {
  test('the product page toggles the watch and says when no update changed the ratings', async () => {
    const api = fakeApi();
    await openAt('#/product/openai-codex', api);
    const box = (await screen.findByLabelText(/Watch OpenAI Codex/)) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    expect(box.checked).toBe(false);
    expect(screen.getByText(/No update has changed these ratings/)).toBeTruthy();
    fireEvent.click(box);
    await waitFor(() => expect(api.setWatched).toHaveBeenCalledWith('openai-codex', true));
    await waitFor(() => expect((screen.getByLabelText(/Watch OpenAI Codex/) as HTMLInputElement).checked).toBe(true));
  });

  test('the history lists each update’s changes in words', async () => {
    const api = fakeApi();
    api.watchState.mockResolvedValue({
      kind: 'watch',
      watched: true,
      history: [
        {
          productId: 'openai-codex',
          at: Date.UTC(2026, 11, 1),
          version: '2026.12.01',
          source: 'feed',
          changes: [{ domain: 'D4', from: 'Gap', to: 'Partial' }],
        },
      ],
    });
    await openAt('#/product/openai-codex', api);
    // The domain's name is marked English inside the sentence, so the line is read as the list item's whole text.
    const change = (_: string, el: Element | null) =>
      el?.tagName === 'LI' && el.textContent === 'D4 Observability: Gap → Partial';
    expect(await screen.findByText(change)).toBeTruthy();
    expect(screen.getByText(/version 2026\.12\.01 \(feed\)/)).toBeTruthy();
  });
});

describe('watching, from one product to another', () => {
  test('the next product’s switch waits for its own state, and the last product’s error is not shown on it', async () => {
    const api = fakeApi();
    api.setWatched.mockRejectedValueOnce(new Error('database closed'));
    await openAt('#/product/crewai', api);
    const box = (await screen.findByLabelText(/Watch CrewAI/)) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.click(box);
    expect((await screen.findByRole('alert')).textContent).toBe('Database closed.');
    let answer: (view: WatchView) => void = () => {};
    api.watchState.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    await go('#/product/dspy');
    await waitFor(() => expect(api.watchState).toHaveBeenLastCalledWith('dspy'));
    const next = screen.getByLabelText(/Watch DSPy/) as HTMLInputElement;
    expect(next.disabled).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
    answer({ kind: 'watch', watched: true, history: [] });
    await waitFor(() => expect(next.checked).toBe(true));
    expect(next.disabled).toBe(false);
  });
});

describe('the model scorecards', () => {
  test('show the reliability index with its scale', async () => {
    await openAt('#/product/claude-sonnet-4-6');
    expect(screen.getByText('PSF Reliability Index: 79 out of 100')).toBeTruthy();
  });
});
