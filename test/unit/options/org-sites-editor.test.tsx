// @vitest-environment happy-dom
// Where the product lives, rendered alone: each site's host and path shown and named by its number, a change
// handed on for that site alone (what PSF Lens kept from a PAI rule stays), lines added and removed, and each
// reason beside its own input.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test, vi } from 'vitest';
import type { OrgSite } from '../../../src/core/org-draft.ts';
import type { Problems } from '../../../src/options/org-fields.tsx';
import { SitesEditor } from '../../../src/options/org-sites-editor.tsx';
import { press } from '../helpers/keyboard.ts';

afterEach(cleanup);

const SITES: OrgSite[] = [
  { host: 'acme.example', path: '/agent', exact: true, signals: ['Acme Agent'] },
  { host: 'docs.acme.example', path: '' },
];

function show(sites: readonly OrgSite[], problems: Problems = new Map()) {
  const onChange = vi.fn<(sites: OrgSite[]) => void>();
  const view = render(<SitesEditor sites={sites} problems={problems} onChange={onChange} />);
  return { onChange, view };
}

const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;

test('each site shows its host and path, named by its number, with examples and a hint', () => {
  const { view } = show(SITES);
  expect(screen.getByRole('group', { name: "The vendor's sites" })).toBeTruthy();
  expect([value('Site 1: host'), value('Site 1: path'), value('Site 2: host'), value('Site 2: path')]).toEqual([
    'acme.example',
    '/agent',
    'docs.acme.example',
    '',
  ]);
  expect(screen.getByLabelText('Site 2: host').getAttribute('placeholder')).toBe('vendor.example');
  expect(screen.getByLabelText('Site 2: path').getAttribute('placeholder')).toBe('/path (optional)');
  expect(view.container.querySelector('.field-hint')?.textContent).toMatch(
    /^A host such as vendor\.example, and a path such as \/product when only part of the site/,
  );
  expect([...view.container.querySelectorAll('.field-hint code')].map((c) => c.textContent)).toEqual([
    'vendor.example',
    '/product',
  ]);
  const removes = screen.getAllByRole('button', { name: /^Remove Site/ });
  expect(removes.map((b) => [b.getAttribute('aria-label'), b.textContent])).toEqual([
    ['Remove Site 1', 'Remove'],
    ['Remove Site 2', 'Remove'],
  ]);
});

test('typing a host or a path changes that site alone and keeps what came from a PAI rule', () => {
  const { onChange } = show(SITES);
  fireEvent.input(screen.getByLabelText('Site 1: path'), { target: { value: '/agents' } });
  expect(onChange).toHaveBeenLastCalledWith([{ ...SITES[0], path: '/agents' }, SITES[1]]);
  fireEvent.input(screen.getByLabelText('Site 2: host'), { target: { value: 'help.acme.example' } });
  expect(onChange).toHaveBeenLastCalledWith([SITES[0], { host: 'help.acme.example', path: '' }]);
});

test('a site is removed on its own button; "Add a site" appends an empty one', () => {
  const { onChange } = show(SITES);
  fireEvent.click(screen.getByRole('button', { name: 'Remove Site 1' }));
  expect(onChange).toHaveBeenLastCalledWith([SITES[1]]);
  fireEvent.click(screen.getByRole('button', { name: 'Add a site' }));
  expect(onChange).toHaveBeenLastCalledWith([...SITES, { host: '', path: '' }]);
});

test('a host’s or a path’s reason is tied to its own input; the sites’ own reason shows below them', () => {
  const problems: Problems = new Map([
    ['sites.0.host', 'Write the host alone.'],
    ['sites.1.path', 'Start the path with /.'],
    ['sites', 'Name at least one site.'],
  ]);
  const { view } = show(SITES, problems);
  const reasonOf = (label: string) => {
    const input = screen.getByLabelText(label);
    const id = input.getAttribute('aria-describedby');
    return [input.getAttribute('aria-invalid'), id && document.getElementById(id)?.textContent];
  };
  expect(reasonOf('Site 1: host')).toEqual(['true', 'Write the host alone.']);
  expect(reasonOf('Site 1: path')).toEqual([null, null]);
  expect(reasonOf('Site 2: host')).toEqual([null, null]);
  expect(reasonOf('Site 2: path')).toEqual(['true', 'Start the path with /.']);
  expect([...view.container.querySelectorAll('.field-problem')].map((p) => p.textContent)).toEqual([
    'Write the host alone.',
    'Start the path with /.',
    'Name at least one site.',
  ]);
});

function KeptSites({ start }: { start: OrgSite[] }) {
  const [sites, setSites] = useState(start);
  return <SitesEditor sites={sites} problems={new Map()} onChange={setSites} />;
}

test('the keyboard follows the sites: into the host of one just added, onto the site that took a removed one’s place', async () => {
  render(<KeptSites start={SITES} />);
  const focused = () => document.activeElement?.getAttribute('aria-label');
  press('Add a site');
  await waitFor(() => expect(focused()).toBe('Site 3: host'));
  press('Remove Site 1');
  await waitFor(() => expect((document.activeElement as HTMLInputElement).value).toBe('docs.acme.example'));
  expect(focused()).toBe('Site 1: host');
  press('Remove Site 2');
  await waitFor(() => expect(focused()).toBe('Site 1: host'));
  press('Remove Site 1');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a site' })));
});
