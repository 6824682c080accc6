import { dataLine } from '../shared/data-line.ts';
import { useState } from 'preact/hooks';
import type { TabView } from '../shared/messages.ts';
import { AssessLink, assessPath } from '../ui/assess-link.tsx';
import { Scorecard } from '../ui/scorecard.tsx';
import { useLoad } from '../ui/use-load.ts';

export interface PopupApi {
  /** The address of a workspace page, for the links to it. */
  workspaceHref?(path: string): string;
  /** The tab's view; `productId` picks one of several products the page is about. */
  load(productId?: string): Promise<TabView>;
  setSiteHidden(site: string, hidden: boolean): Promise<void>;
}

/** The popup: loading, error, nothing-here and the scorecard, for the tab it was opened on. */
export function PopupApp({ api }: { api: PopupApi }) {
  const [productId, setProductId] = useState<string | undefined>(undefined);
  const tab = useLoad(() => api.load(productId), [api, productId]);
  const { state } = tab;

  switch (state.kind) {
    case 'loading':
      return (
        <p class="status" role="status">
          Loading the assessment…
        </p>
      );
    case 'error':
      return (
        <p class="status error" role="alert">
          PSF Lens could not read its data. {state.message}
        </p>
      );
  }
  const view = state.value;
  if (view.kind === 'no-dataset') {
    return (
      <p class="status error" role="alert">
        PSF Lens has no usable dataset: {view.reason}
      </p>
    );
  }
  if (view.kind === 'no-product') {
    return (
      <div class="status">
        <h1>No PSF assessment for this page</h1>
        <p>
          PSF Lens shows an assessment when you open the page of a product it knows: a vendor's product page, docs or
          repository.
        </p>
        {view.dataset && <p class="meta">{dataLine(view.dataset)}.</p>}
        {api.workspaceHref && <AssessLink href={api.workspaceHref(assessPath())} />}
      </div>
    );
  }
  return (
    <>
      <Scorecard
        view={view}
        actions={{
          setSiteHidden: (hidden) => {
            tab.set({ ...view, siteHidden: hidden });
            void api.setSiteHidden(view.site, hidden);
          },
          choose: setProductId,
          ...(api.workspaceHref ? { workspaceHref: api.workspaceHref } : {}),
        }}
      />
      {api.workspaceHref && (
        <AssessLink href={api.workspaceHref(assessPath(view.product.id))} productName={view.product.name} />
      )}
    </>
  );
}
