import { useEffect, useState } from 'preact/hooks';
import { OrganisationPage } from '../../../src/options/organisation-page.tsx';
import type { OrgDatasetView } from '../../../src/shared/messages.ts';
import type { fakeApi } from './workspace-fixture.tsx';

/** The page as the workspace keeps it: the list read again from the background after each change. */
export function KeptOrganisation({ api }: { api: ReturnType<typeof fakeApi> }) {
  const [organisation, setOrganisation] = useState<OrgDatasetView[]>([]);
  const read = () =>
    void api.library().then((view) => view.kind === 'library' && setOrganisation(view.organisation ?? []));
  useEffect(read, []);
  return <OrganisationPage organisation={organisation} api={api} onChanged={read} />;
}
