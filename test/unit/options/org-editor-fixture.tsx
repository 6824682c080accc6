// The assessment editor of a stored record, rendered alone over a workspace API (the real handlers in fakeApi).
import { render } from '@testing-library/preact';
import type { WorkspaceApi } from '../../../src/options/api.ts';
import { OrgEditorPage } from '../../../src/options/org-editor-page.tsx';
import { libraryOf } from './workspace-fixture.tsx';

export function editRecord(api: WorkspaceApi, recordId: string) {
  return render(
    <OrgEditorPage
      library={libraryOf()}
      api={api}
      route={{ kind: 'org-edit', recordId }}
      onRecordId={() => {}}
      onLibraryChanged={() => {}}
    />,
  );
}
