/**
 * The background's shared types: what its handlers depend on (`Deps`, injected so tests run them against
 * fake-indexeddb without a browser), who sent a message (`Context`) and the handler map the protocol table implies.
 */
import type { FeedStatus } from '../shared/feed-status.ts';
import type { DetectionInfo } from '../shared/messages.ts';
import type { MessageType, Reply, Request } from '../shared/protocol.ts';
import type { HostRecord } from '../shared/rule-store.ts';
import type { Settings } from '../shared/settings.ts';
import type { DatasetKeeper } from './dataset.ts';
import type { Db } from './db.ts';
import type { ToolbarState } from './toolbar.ts';

/** What the tab's content script last reported; kept in session storage so a restarted worker still knows. */
export interface TabState {
  url: string;
  /** The products the page is about, best first: one, or several on a vendor's home page. */
  productIds: string[];
  detection: DetectionInfo;
}

export interface SettingsDeps {
  /**
   * The effective settings: the user's, with the administrator's managed values over them. `wait: false` is for
   * the page-load path: it may answer with the policy as last seen rather than wait for the browser's policy service.
   */
  read(options?: { wait?: boolean }): Promise<{ settings: Settings; managed: (keyof Settings)[]; ignored: string[] }>;
  /** Organisation datasets an administrator set by policy, as JSON text (already checked), with their names. */
  managedDatasets(options?: { wait?: boolean }): Promise<{ name: string; json: string }[]>;
  /** The user's own settings (managed values are not stored). */
  readUser(): Promise<Settings>;
  writeUser(settings: Settings): Promise<void>;
  feed: FeedControl;
  /** The organisation's team feed of its own assessments: the same runner and rules, its own key and address. */
  orgFeed: FeedControl;
}

export interface FeedControl {
  run(): Promise<FeedStatus>;
  status(): Promise<FeedStatus>;
  reschedule(): Promise<void>;
}

/** A short list of strings kept in extension storage. */
export interface StringList {
  get(): Promise<string[]>;
  set(values: string[]): Promise<void>;
}

export interface Deps {
  db: () => Promise<Db>;
  dataset: DatasetKeeper;
  hiddenSites: StringList;
  /** Product ids viewed lately, newest first (see handlers/launcher.ts). */
  recent: StringList;
  tabs: {
    /** The tab's URL, or undefined where PSF Lens may not see it (any site that is not a vendor's). */
    url(tabId: number): Promise<string | undefined>;
    getState(tabId: number): Promise<TabState | undefined>;
    setState(tabId: number, state: TabState): Promise<void>;
    clearState(tabId: number): Promise<void>;
  };
  /** The host records published for the content script, read back for the toolbar: what a page at `url` reads. */
  records: { read(url: string): Promise<HostRecord | undefined> };
  toolbar(tabId: number, state: ToolbarState): Promise<void>;
  openDetails(tabId: number): Promise<void>;
  settings: SettingsDeps;
  /**
   * Told after the organisation's own assessments change (a version saved, a record deleted or restored, a team
   * feed installed), so what depends on them follows: published match rules, content-script registrations.
   */
  org?: { changed(): Promise<void> };
  /** Told when the settings change, so the search result marks' registration follows (search-marks.ts). */
  searchMarks?: { reconcile(): Promise<unknown> };
}

/** Who sent a message, as the router established it from the browser's sender. */
export type Context = { from: 'content'; tabId: number; pageUrl: string } | { from: 'ui' };

/** One handler per message of the protocol table, taking that message's checked request and giving its reply. */
export type Handlers = {
  [K in MessageType]: (request: Request<K>, context: Context) => Promise<Reply<K>>;
};
