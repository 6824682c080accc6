// @vitest-environment happy-dom
// #/organisation over the real background: the same dataset file chosen again adds nothing and says which entry it
// is; a newer version of an import is offered to replace it (the keyboard on that choice), or to be kept beside.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { bundled } from '../helpers/dataset.ts';
import { fakeApi } from './workspace-fixture.tsx';
import { KeptOrganisation } from './org-kept.tsx';

afterEach(cleanup);

const acme = (version: string) => {
  const d = bundled();
  d.version = version;
  d.attribution = { ...d.attribution, publisher: 'Acme Security' };
  d.products = d.products.filter((p) => p.id === 'openai-codex');
  d.assessments = [];
  return JSON.stringify(d);
};

function choose(name: string, text: string) {
  fireEvent.change(screen.getByLabelText('Import a dataset file (JSON)'), {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });
}

/** The page with Acme's review of 2026.11.01 imported as acme.json. */
async function withAcme(api = fakeApi()) {
  render(<KeptOrganisation api={api} />);
  choose('acme.json', acme('2026.11.01'));
  await screen.findByRole('listitem', { name: 'acme.json' });
}

const entries = () => screen.queryAllByRole('listitem').filter((li) => li.closest('.org-imported'));

test('the same file again is not a second entry: the page names the one it is', async () => {
  await withAcme();
  choose('acme (1).json', acme('2026.11.01'));
  expect(
    await screen.findByText(
      /^acme \(1\)\.json is already imported, as “acme\.json” \(version 2026\.11\.01, imported on .+\): nothing was added\.$/,
    ),
  ).toBeTruthy();
  expect(entries()).toHaveLength(1);
});

test('a newer version is offered to replace the import; Replace puts it in its place, under its name', async () => {
  await withAcme();
  choose('acme-2027.json', acme('2027.02.01'));
  await screen.findByText(
    /^acme-2027\.json is a newer version \(2027\.02\.01\) of “acme\.json” \(version 2026\.11\.01/,
  );
  const replace = screen.getByRole('button', { name: 'Replace “acme.json” with it' });
  await waitFor(() => expect(document.activeElement).toBe(replace));
  expect(entries()).toHaveLength(1);
  fireEvent.click(replace);
  await screen.findByText(/^Replaced acme-2027\.json/);
  await waitFor(() => expect(screen.getByRole('listitem', { name: 'acme.json' }).textContent).toContain('2027.02.01'));
  expect(entries()).toHaveLength(1);
});

test('an older version can be kept beside, or not imported at all', async () => {
  await withAcme();
  choose('acme-old.json', acme('2026.05.01'));
  await screen.findByText(/^acme-old\.json is an older version \(2026\.05\.01\) of “acme\.json”/);
  fireEvent.click(screen.getByRole('button', { name: 'Do not import it' }));
  await waitFor(() => expect(screen.queryByText(/older version/)).toBeNull());
  choose('acme-old.json', acme('2026.05.01'));
  fireEvent.click(await screen.findByRole('button', { name: 'Import it as a separate entry' }));
  await screen.findByRole('listitem', { name: 'acme-old.json' });
  expect(entries()).toHaveLength(2);
});

test('a replacement by the wrong file is undone: the import comes back as it was, and the keyboard follows', async () => {
  await withAcme();
  const item = screen.getByRole('listitem', { name: 'acme.json' });
  fireEvent.change(within(item).getByLabelText('Replace with a new file'), {
    target: { files: [new File([acme('2026.05.01')], 'acme-may.json', { type: 'application/json' })] },
  });
  await screen.findByText(/^Replaced acme-may\.json: 1 product, 0 assessments\./);
  await waitFor(() => expect(screen.getByRole('listitem', { name: 'acme.json' }).textContent).toContain('2026.05.01'));
  const undo = screen.getByRole('button', { name: 'Undo' });
  await waitFor(() => expect(document.activeElement).toBe(undo));
  fireEvent.click(undo);
  await screen.findByText('“acme.json” is back as it was before it was replaced.');
  const back = screen.getByRole('listitem', { name: 'acme.json' });
  await waitFor(() => expect(back.textContent).toContain('2026.11.01'));
  await waitFor(() => expect(document.activeElement).toBe(within(back).getAllByRole('button')[0]));
  expect(entries()).toHaveLength(1);
});

test('Undo of a delete, after another tab imported the same file again, says which entry it already is', async () => {
  const api = fakeApi();
  await withAcme(api);
  fireEvent.click(screen.getByRole('button', { name: 'Delete acme.json' }));
  const undo = await screen.findByRole('button', { name: 'Undo' });
  // Another tab, through the same background.
  await api.importOrg('acme copy.json', acme('2026.11.01'));
  fireEvent.click(undo);
  await screen.findByText(/^acme\.json is already imported, as “acme copy\.json” .*: nothing was added\.$/);
  const listed = await api.library();
  expect(listed.kind === 'library' && listed.organisation?.map((o) => o.name)).toEqual(['acme copy.json']);
});

test('Undo of a replacement, after another tab replaced the import again, says so and overwrites nothing', async () => {
  const api = fakeApi();
  await withAcme(api);
  const item = screen.getByRole('listitem', { name: 'acme.json' });
  fireEvent.change(within(item).getByLabelText('Replace with a new file'), {
    target: { files: [new File([acme('2026.05.01')], 'acme-may.json', { type: 'application/json' })] },
  });
  await screen.findByText(/^Replaced acme-may\.json/);
  const undo = screen.getByRole('button', { name: 'Undo' });
  // Another tab, through the same background, replaces it with the file it meant.
  await api.importOrg('acme.json', acme('2027.02.01'), { replaces: 'acme' });
  fireEvent.click(undo);
  const said = await screen.findByRole('alert');
  expect(said.textContent).toBe(
    '“acme.json” has been replaced or deleted elsewhere (in another tab) since you replaced it here: Undo would overwrite that, so nothing was put back.',
  );
  expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  await waitFor(() => expect(screen.getByRole('listitem', { name: 'acme.json' }).textContent).toContain('2027.02.01'));
  // The pressed Undo is gone: the keyboard goes to the import as the other tab left it.
  const now = screen.getByRole('listitem', { name: 'acme.json' });
  await waitFor(() => expect(document.activeElement).toBe(within(now).getAllByRole('button')[0]));
  const listed = await api.library();
  expect(listed.kind === 'library' && listed.organisation?.map((o) => o.dataset.version)).toEqual(['2027.02.01']);
});
