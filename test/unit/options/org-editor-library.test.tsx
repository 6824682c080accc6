// @vitest-environment happy-dom
// An assessment saved, deleted or brought back in the editor shows at once on the product's page and in the
// library, in the same tab: the workspace's library is read again, not left as it was when the tab opened. A deleted
// assessment reached again by its address is shown deleted, with Undo, never as a live form.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { WorkspaceApp } from '../../../src/options/app.tsx';
import { orgApi } from './org-fixture.ts';
import { go } from './workspace-fixture.tsx';

afterEach(cleanup);

const OWN = { name: "Your organisation's assessment: Organisation review of LangChain / LangGraph" };

test(
  'saved, deleted and undone in the editor: the product page and the library follow without a reload; its address while deleted shows it deleted',
  { timeout: 20_000 },
  async () => {
    const { api } = await orgApi();
    history.replaceState(null, '', '#/organisation/new?from=langchain');
    render(<WorkspaceApp api={api} />);
    await screen.findByText(/PSF data of/);
    fireEvent.input(await screen.findByLabelText(/^Assessor/), { target: { value: 'Risk office' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
    await screen.findByText(/Saved as version 1/, undefined, { timeout: 5000 });
    const editor = location.hash;

    await go('#/product/langchain');
    expect(await screen.findByRole('region', OWN)).toBeTruthy();
    await go('#/library');
    expect((await screen.findByRole('complementary', { name: /organisation/ })).textContent).toMatch(
      /Organisation review of LangChain/,
    );

    // Deleted: gone from the product's page.
    await go(editor);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    await screen.findByText('This assessment is deleted.');
    await go('#/product/langchain');
    await screen.findByRole('heading', { level: 1, name: 'LangChain / LangGraph' });
    await waitFor(() => expect(screen.queryByRole('region', OWN)).toBeNull());

    // Its address again (Back): shown deleted, not as a live form, and Undo brings it back everywhere.
    await go(editor);
    await screen.findByText('This assessment is deleted.');
    expect(screen.queryByLabelText('Product name')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Delete' });
    await go('#/product/langchain');
    expect(await screen.findByRole('region', OWN)).toBeTruthy();
  },
);
