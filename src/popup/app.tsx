import { Component } from 'preact';
import { errorText } from '../shared/error-text.ts';
import type { TabView } from '../shared/messages.ts';
import { Scorecard } from '../ui/scorecard.tsx';
import { Launcher, type LauncherData } from './launcher.tsx';

export interface PopupApi {
  /** The address of a workspace page, for the links to it. */
  workspaceHref(path: string): string;
  /** The tab's view; `productId` picks one of several products the page is about. */
  load(productId?: string): Promise<TabView>;
  setSiteHidden(site: string, hidden: boolean): Promise<void>;
  /** The library's products and the recently viewed ones, for the popup off a rated page. */
  launcher(): Promise<LauncherData>;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; view: TabView }
  | { kind: 'launcher'; data: LauncherData };

const TEXT = {
  loading: 'Loading the assessment…',
  error: (message: string) => `PSF Lens could not read its data. ${message}`,
  noDataset: (reason: string) => `PSF Lens has no usable dataset: ${reason}`,
};

/**
 * The popup for the tab it was opened on: the product's scorecard, or the launcher off a rated page. A class
 * rather than hooks (and so not ui/use-load.ts): the popup's size budget (10 KB gzip, Preact included) has no
 * room for preact/hooks. Errors are said through errorText like everywhere else.
 */
export class PopupApp extends Component<{ api: PopupApi }, State> {
  override state: State = { kind: 'loading' };

  override componentDidMount() {
    this.load();
  }

  load(productId?: string) {
    const { api } = this.props;
    api
      .load(productId)
      .then(async (view): Promise<State> =>
        view.kind === 'no-product' ? { kind: 'launcher', data: await api.launcher() } : { kind: 'ready', view },
      )
      .then(
        (state) => this.setState(state),
        (error: unknown) => this.setState({ kind: 'error', message: errorText(error) }),
      );
  }

  override render() {
    const { api } = this.props;
    const state = this.state;
    if (state.kind === 'loading') return <Status role="status" text={TEXT.loading} />;
    if (state.kind === 'error') return <Status role="alert" text={TEXT.error(state.message)} />;
    const href = api.workspaceHref;
    if (state.kind === 'launcher') return <Launcher data={state.data} href={href} />;
    const { view } = state;
    if (view.kind === 'no-dataset') return <Status role="alert" text={TEXT.noDataset(view.reason)} />;
    if (view.kind === 'no-product') return null;
    return (
      <Scorecard
        view={view}
        actions={{
          setSiteHidden: (hidden) => {
            this.setState({ kind: 'ready', view: { ...view, siteHidden: hidden } });
            void api.setSiteHidden(view.site, hidden);
          },
          choose: (productId) => this.load(productId),
          workspaceHref: href,
        }}
      />
    );
  }
}

function Status({ role, text }: { role: 'status' | 'alert'; text: string }) {
  return (
    <main>
      <p class={role === 'alert' ? 'status error' : 'status'} role={role}>
        {text}
      </p>
    </main>
  );
}
