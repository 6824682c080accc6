import type { ComponentChild } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { LibraryView } from '../shared/messages.ts';
import { rich } from '../ui/rich.tsx';
import { useLoad, type Load } from '../ui/use-load.ts';
import type { WorkspaceApi } from './api.ts';
import { ChecklistPage } from './checklist-page.tsx';
import { ComparePage } from './compare-page.tsx';
import { Footer, Header, StateBox } from './layout.tsx';
import { appTitle, MAX_COMPARE, type Library } from './library-data.ts';
import { t } from '../shared/i18n.ts';
import { LibraryPage } from './library-page.tsx';
import { ProductPage } from './product-page.tsx';
import { OrganisationPage } from './organisation-page.tsx';
import { OrgEditorPage } from './org-editor-page.tsx';
import { QuestionnairePage } from './questionnaire-page.tsx';
import { SettingsPage } from './settings-page.tsx';
import { TryAgain } from './try-again.tsx';
import { WelcomePage } from './welcome-page.tsx';
import { hrefFor, useHashRoute, type HashRouter } from './router.ts';

/** The workspace: loads the library once, then shows the page the hash names. */
export function WorkspaceApp({ api }: { api: WorkspaceApi }) {
  const library = useLoad(() => api.library(), [api]);
  const load = library.state;
  const [picked, setPicked] = useState<string[]>([]);
  const router = useHashRoute();
  const { route } = router;

  // The comparison in the URL is the current pick, so the library shows it ticked.
  const compareKey = route.kind === 'compare' ? route.productIds.join(',') : null;
  useEffect(() => {
    if (route.kind === 'compare') setPicked(route.productIds.slice(0, MAX_COMPARE));
  }, [compareKey]);

  // After a page change, focus its heading so keyboard and screen-reader users start at the top of the new page.
  const main = useRef<HTMLElement>(null);
  const pageKey = route.kind === 'library' || route.kind === 'compare' ? route.kind : hrefFor(route);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A page still loading may have no heading yet: then the content itself, so the user starts in the new page.
    // Stryker disable next-line OptionalChaining: <main> is mounted before any effect runs.
    const start = () => main.current?.querySelector<HTMLElement>('h1') ?? main.current;
    let given = start();
    given?.focus();
    // A page that says it is loading under a heading of its own ("Loading the settings…") replaces that heading once
    // its data comes, and the focus would fall to the document's body: it follows to the page's heading then. Only
    // while nothing else has the focus, and until the user moves it or the next page.
    const follow = new MutationObserver(() => {
      const active = document.activeElement;
      if (given?.isConnected && active === given) return;
      if (given?.isConnected || (active && active !== document.body)) return follow.disconnect();
      given = start();
      given?.focus();
    });
    if (main.current) follow.observe(main.current, { childList: true, subtree: true });
    return () => follow.disconnect();
  }, [pageKey]);

  // Stryker disable next-line ConditionalExpression: a view with no dataset has no dataset field, read as none.
  const dataset = load.kind === 'ready' && load.value.kind === 'library' ? load.value.dataset : null;
  const retry = library.retry;
  /** Fetches the library again in place, keeping the page as it is (after an import or a delete). */
  const reload = library.refresh;
  // A dataset installed meanwhile (a feed's scheduled check): every page and the data line show it, without a reload.
  useEffect(() => api.onDatasetChanged?.(reload), [api]);
  // The organisation's files change without a new dataset (deleted, replaced or imported in another tab, a team feed
  // or a policy come in): a tab the user comes back to reads the library again, so a comparison or a checklist of an
  // assessment gone or changed meanwhile says so, rather than showing and saving against what is no longer there.
  // Shown again (another tab of the window left) or focused again (a window beside it left: both stay visible).
  useEffect(() => {
    const back = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', back);
    window.addEventListener('focus', back);
    return () => {
      document.removeEventListener('visibilitychange', back);
      window.removeEventListener('focus', back);
    };
  }, [api]);
  return (
    <>
      <Header route={route} picked={picked} dataset={dataset} />
      <main id="main" ref={main} tabIndex={-1}>
        {route.kind === 'settings' ? (
          <SettingsPage api={api} onDataChanged={retry} shown={load.kind === 'ready' ? dataset : undefined} />
        ) : route.kind === 'welcome' ? (
          <WelcomePage />
        ) : (
          <Body
            load={load}
            retry={retry}
            reload={reload}
            api={api}
            router={router}
            picked={picked}
            setPicked={setPicked}
          />
        )}
      </main>
      <Footer dataset={dataset} />
    </>
  );
}

interface BodyProps {
  load: Load<LibraryView>;
  retry(): void;
  reload(): void;
  api: WorkspaceApi;
  router: HashRouter;
  picked: string[];
  setPicked(ids: string[]): void;
}

function Body({ load, retry, reload, api, router, picked, setPicked }: BodyProps) {
  // Once ready, each page sets its own title (a child's effect runs before this one, so this must stay out of it).
  useLayoutEffect(() => {
    if (load.kind === 'loading') document.title = `${t('ws_loadingTitle')} · ${appTitle()}`;
    else if (load.kind === 'error' || load.value.kind === 'no-dataset')
      document.title = `${t('ws_errorTitle')} · ${appTitle()}`;
  }, [load]);
  if (load.kind === 'loading') return <StateBox role="status" title={t('ws_loading')} />;
  if (load.kind === 'error')
    return (
      <Problem title={t('ws_loadError')} message={t('ws_loadErrorText', { message: load.message })} retry={retry} />
    );
  if (load.value.kind === 'no-dataset')
    return (
      <Problem
        title={t('ws_noDataset')}
        // The dataset check's or the browser's own words: English, marked so inside the page's sentence.
        message={rich(t('popup_noDataset'), { reason: <span lang="en">{load.value.reason}</span> })}
        retry={retry}
      />
    );
  return <Page library={load.value} api={api} router={router} picked={picked} setPicked={setPicked} reload={reload} />;
}

function Problem({ title, message, retry }: { title: string; message: ComponentChild; retry(): void }) {
  return (
    <StateBox role="alert" title={title}>
      <p>{message}</p>
      <TryAgain onRetry={retry} focusTo="main" />
    </StateBox>
  );
}

function Page({
  library,
  api,
  router,
  picked,
  setPicked,
  reload,
}: Omit<BodyProps, 'load' | 'retry'> & { library: Library }) {
  const { route, navigate, replace } = router;
  // Each visit to a page is its own instance, even at an address equal to the last one (a second new draft),
  // except the new draft's own address once it is stored: that is the same page, keeping its form.
  const adopted = useRef<string | null>(null);
  // Stryker disable next-line StringLiteral: the first key can be any; each visit after counts on from it.
  const visit = useRef({ route, key: '0' });
  if (visit.current.route !== route) {
    // Stryker disable next-line ConditionalExpression: only an assessment's address has a record id to compare.
    const shown = route.kind === 'org-edit' ? route.recordId : null;
    const same = shown !== null && shown === adopted.current;
    // Another page forgets the draft the last one stored: back at that draft's address later is a visit of its own,
    // or the form shown would stay the one left (another draft's, under this address).
    if (!same) adopted.current = null;
    // Stryker disable next-line ArithmeticOperator: counting down gives each visit a key of its own as well.
    visit.current = { route, key: same ? visit.current.key : String(Number(visit.current.key) + 1) };
  }
  const pageKey = visit.current.key;
  switch (route.kind) {
    case 'library':
      return (
        <LibraryPage
          library={library}
          query={route.query}
          onQuery={(query) => replace({ kind: 'library', query })}
          picked={picked}
          onPick={setPicked}
        />
      );
    case 'product':
      return <ProductPage library={library} productId={route.productId} api={api} />;
    case 'compare':
      return (
        <ComparePage
          library={library}
          productIds={route.productIds}
          onChange={(productIds) => navigate({ kind: 'compare', productIds })}
        />
      );
    case 'checklist':
      return (
        <ChecklistPage
          key={route.productId}
          library={library}
          api={api}
          productId={route.productId}
          {...(route.actionId ? { actionId: route.actionId } : {})}
          onDeleted={reload}
        />
      );
    // Stryker disable next-line StringLiteral,ConditionalExpression: WorkspaceApp shows these two itself, never here.
    case 'settings':
    // Stryker disable next-line StringLiteral,ConditionalExpression: as above.
    case 'welcome':
      return null;
    case 'organisation':
      return (
        <OrganisationPage
          organisation={library.organisation ?? []}
          kept={library.ownKept ?? []}
          api={api}
          onChanged={reload}
        />
      );
    case 'org-edit':
      return (
        <OrgEditorPage
          key={pageKey}
          library={library}
          api={api}
          route={route}
          // The address names the draft once it is stored, without a new page: the form keeps its state.
          onRecordId={(recordId) => {
            adopted.current = recordId;
            history.replaceState(history.state, '', hrefFor({ kind: 'org-edit', recordId }));
          }}
          onLibraryChanged={reload}
        />
      );
    case 'questionnaire':
      return (
        <QuestionnairePage api={api} productId={route.productId} {...(route.basis ? { basis: route.basis } : {})} />
      );
  }
}
