import { Component, type ComponentChild } from 'preact';
import type { LauncherView, TabView } from '../shared/messages.ts';
import { t } from '../shared/i18n.ts';
import { rich } from '../ui/rich.tsx';
import { Scorecard } from '../ui/scorecard.tsx';
import { Launcher } from './launcher.tsx';

export interface PopupApi {
  /** The address of a workspace page, for the links to it. */
  workspaceHref(path: string): string;
  /** The tab's view; `productId` picks one of several products the page is about. */
  load(productId?: string): Promise<TabView>;
  setSiteHidden(site: string, hidden: boolean): Promise<void>;
  /** The library's products and the recently viewed ones, for the popup off a rated page. */
  launcher(): Promise<LauncherView>;
}

/** What the popup shows once the background answered: off a rated page, the launcher instead. */
type Shown = Exclude<TabView, { kind: 'no-product' }> | LauncherView;

type State = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; view: Shown };

// The popup meets one kind of failure: the background did not answer (it was restarting, or PSF Lens was just
// updated). One sentence (popup_error) says what to do; the popup's size budget has no room for errorText's cases.

/**
 * The popup for the tab it was opened on: the product's scorecard, or the launcher off a rated page. A class
 * rather than hooks (and so not ui/use-load.ts): the popup's size budget (10 KB gzip, Preact included) has no
 * room for preact/hooks.
 */
export class PopupApp extends Component<{ api: PopupApi }, State> {
  // Stryker disable next-line ObjectLiteral,StringLiteral: any state but ready or error reads as loading.
  override state: State = { kind: 'loading' };

  /** Another product of the page was chosen: its button goes with the view, so the keyboard goes to the new heading. */
  private chose = false;

  override componentDidMount() {
    this.load();
  }

  override componentDidUpdate() {
    if (this.chose && this.state.kind === 'ready') {
      this.chose = false;
      // Stryker disable next-line OptionalChaining: every view a product's choice leads to has a heading.
      document.querySelector<HTMLElement>('h1')?.focus();
    }
  }

  load(productId?: string) {
    const { api } = this.props;
    api
      .load(productId)
      .then(async (view) => {
        if (view.kind !== 'no-product') return view;
        const launcher = await api.launcher();
        // Off a page PSF Lens may not see, the launcher says so rather than "no rated product here".
        return view.unseen && launcher.kind === 'launcher' ? { ...launcher, unseen: true as const } : launcher;
      })
      .then(
        (view) => this.setState({ kind: 'ready', view }),
        () => this.setState({ kind: 'error' }),
      );
  }

  override render() {
    const { api } = this.props;
    const state = this.state;
    if (state.kind !== 'ready')
      return state.kind === 'error' ? (
        <Status role="alert" text={t('popup_error')} />
      ) : (
        <Status role="status" text={t('popup_loading')} />
      );
    const href = api.workspaceHref;
    const { view } = state;
    if (view.kind === 'launcher') return <Launcher data={view} href={href} />;
    // The reason is the dataset check's or the browser's own words: English, marked so inside the page's sentence.
    if (view.kind === 'no-dataset')
      return (
        <Status role="alert" text={rich(t('popup_noDataset'), { reason: <span lang="en">{view.reason}</span> })} />
      );
    return (
      <Scorecard
        view={view}
        actions={{
          setSiteHidden: (hidden) => {
            this.setState({ kind: 'ready', view: { ...view, siteHidden: hidden } });
            void api.setSiteHidden(view.site, hidden);
          },
          choose: (productId) => {
            this.chose = true;
            this.load(productId);
          },
          workspaceHref: href,
        }}
      />
    );
  }
}

function Status({ role, text }: { role: 'status' | 'alert'; text: ComponentChild }) {
  return (
    <main>
      <p class={role === 'alert' ? 'status error' : 'status'} role={role}>
        {text}
      </p>
    </main>
  );
}
